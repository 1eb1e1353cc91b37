# a running host whose ip_forward cannot be read
host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
running_host
mkdir -p "$ROOT/proc/sys/net/ipv4"
mkfifo "$ROOT/proc/sys/net/ipv4/ip_forward"
