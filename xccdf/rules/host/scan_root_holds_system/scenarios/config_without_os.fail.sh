# A copy of /etc/libvirt alone, without the system around it.
# evidence: holds no operating system
mkdir -p "$ROOT/etc/libvirt/qemu"
printf 'spice_tls = 1\n' > "$ROOT/etc/libvirt/qemu.conf"
