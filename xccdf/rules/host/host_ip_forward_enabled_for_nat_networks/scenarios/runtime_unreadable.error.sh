# a running host whose ip_forward is a FIFO cannot be judged
host_base
running_host
host_file /etc/libvirt/qemu/networks/default.xml '<network>' '  <name>default</name>' "  <forward mode='nat'/>" '</network>'
mkdir -p "$ROOT/proc/sys/net/ipv4"
mkfifo "$ROOT/proc/sys/net/ipv4/ip_forward"
# evidence: not a regular file
