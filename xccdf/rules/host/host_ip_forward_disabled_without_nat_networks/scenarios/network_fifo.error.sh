# A FIFO named like a network definition: libvirt would try to load it, so which networks exist
# is unknown.
# evidence: object=/etc/libvirt/qemu/networks/odd.xml
host_base
running_host
mkdir -p "$ROOT/etc/libvirt/qemu/networks"
mkfifo "$ROOT/etc/libvirt/qemu/networks/odd.xml"
host_file /proc/sys/net/ipv4/ip_forward 0
