# unset, and libvirt was built to run QEMU with group root
host_base
mkdir -p "$ROOT/var/lib/libvirt/qemu"
chown 107:0 "$ROOT/var/lib/libvirt/qemu"
