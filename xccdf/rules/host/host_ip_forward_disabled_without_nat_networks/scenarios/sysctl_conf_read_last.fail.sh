# procps reads /etc/sysctl.conf after every sysctl.d file
host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
host_file /etc/sysctl.d/99-no-routing.conf 'net.ipv4.ip_forward = 0'
host_file /etc/sysctl.conf 'net.ipv4.ip_forward = 1'
