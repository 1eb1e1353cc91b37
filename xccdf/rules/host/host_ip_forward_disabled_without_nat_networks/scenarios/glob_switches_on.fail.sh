# a glob over every interface sets conf/all/forwarding, which is ip_forward
host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
host_file /etc/sysctl.d/90-router.conf 'net.ipv4.conf.*.forwarding = 1'
# evidence: configured=1 key=net/ipv4/conf/\*/forwarding
