# a FIFO in place of qemu.conf is never read as an empty file
host_base
rm -f "$ROOT/etc/libvirt/qemu.conf"
mkfifo "$ROOT/etc/libvirt/qemu.conf"
