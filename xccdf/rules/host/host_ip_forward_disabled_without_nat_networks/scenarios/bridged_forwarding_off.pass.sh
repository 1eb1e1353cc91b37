host_base
running_host
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
host_file /proc/sys/net/ipv4/ip_forward 0
host_file /etc/sysctl.d/99-custom.conf '# net.ipv4.ip_forward = 1' 'net.ipv4.ip_forward = 0'
