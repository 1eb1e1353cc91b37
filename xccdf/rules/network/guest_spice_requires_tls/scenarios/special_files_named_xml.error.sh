# A FIFO, a socket, a directory or a device node named *.xml is something libvirt tries to
# load: never skipped silently, never read (a FIFO would hang the scan): an error line each.
# evidence: result=error object=/etc/libvirt/qemu/fifo.xml reason=.*a FIFO
# evidence: result=error object=/etc/libvirt/qemu/dir.xml reason=.*a directory
# evidence: result=error object=/run/libvirt/qemu/null.xml reason=.*a character device
# evidence: result=error object=/etc/libvirt/qemu/gone.xml reason=
host_base
define_guest web01 "$SPICE_SECURE"
mkfifo "$ROOT/etc/libvirt/qemu/fifo.xml"
mkdir "$ROOT/etc/libvirt/qemu/dir.xml"
mknod "$ROOT/run/libvirt/qemu/null.xml" c 1 3
ln -s /srv/missing.xml "$ROOT/etc/libvirt/qemu/gone.xml"
