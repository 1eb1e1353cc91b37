# guests only on a host bridge: forwarding is not needed, the rule does not apply
host_base
running_host
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
host_file /proc/sys/net/ipv4/ip_forward 0
