host_base
running_host
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" '</network>'
host_file /proc/sys/net/ipv4/ip_forward 1
