# a directory in place of qemu.conf cannot be read: never "unset"
host_base
mkdir -p "$ROOT/var/lib/libvirt/qemu"
chown 0:107 "$ROOT/var/lib/libvirt/qemu"
rm -f "$ROOT/etc/libvirt/qemu.conf"
mkdir "$ROOT/etc/libvirt/qemu.conf"
