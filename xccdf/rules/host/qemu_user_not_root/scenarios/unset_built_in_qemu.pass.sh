# unset: libvirt gave its state directory to its built-in user, uid 107
host_base
mkdir -p "$ROOT/var/lib/libvirt/qemu"
chown 107:107 "$ROOT/var/lib/libvirt/qemu"
