# files are read by name whatever their directory: 60-router.conf comes after 10-no-routing.conf
host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
host_file /etc/sysctl.d/10-no-routing.conf 'net.ipv4.ip_forward = 0'
host_file /usr/lib/sysctl.d/60-router.conf 'net.ipv4.ip_forward = 1'
# evidence: configured=1 key=net/ipv4/ip_forward file=/usr/lib/sysctl.d/60-router.conf
