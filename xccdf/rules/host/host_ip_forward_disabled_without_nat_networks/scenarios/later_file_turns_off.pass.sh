# the effective value counts: a later file (by name, across directories) switches it off
host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
host_file /usr/lib/sysctl.d/50-router.conf 'net.ipv4.ip_forward = 1'
host_file /etc/sysctl.d/99-no-routing.conf 'net.ipv4.ip_forward = 0'
# evidence: configured=0 key=net/ipv4/ip_forward file=/etc/sysctl.d/99-no-routing.conf
