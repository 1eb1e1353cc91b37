# unset: libvirt gave its state directory to its built-in group
host_base
mkdir -p "$ROOT/var/lib/libvirt/qemu"
chown 0:107 "$ROOT/var/lib/libvirt/qemu"
