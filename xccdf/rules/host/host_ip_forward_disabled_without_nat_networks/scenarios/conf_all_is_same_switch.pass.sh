# conf/all/forwarding written after ip_forward decides the one switch
host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
host_file /etc/sysctl.d/90-router.conf 'net.ipv4.ip_forward = 1' 'net/ipv4/conf/all/forwarding = 0'
