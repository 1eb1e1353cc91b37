# a FIFO in place of qemu.conf is never read as an empty file
host_base
mkdir -p "$ROOT/var/lib/libvirt/qemu"
chown 0:107 "$ROOT/var/lib/libvirt/qemu"
rm -f "$ROOT/etc/libvirt/qemu.conf"
mkfifo "$ROOT/etc/libvirt/qemu.conf"
