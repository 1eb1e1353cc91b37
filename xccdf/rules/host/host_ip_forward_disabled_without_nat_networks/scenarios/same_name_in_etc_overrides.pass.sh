# /etc/sysctl.d/50-router.conf replaces the vendor file of the same name
host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
host_file /usr/lib/sysctl.d/50-router.conf 'net.ipv4.ip_forward = 1'
host_file /etc/sysctl.d/50-router.conf '# routing disabled on this host'
