# ufw not enabled: its sysctl file is never applied
host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" '</network>'
host_file /etc/ufw/ufw.conf 'ENABLED=no'
host_file /etc/ufw/sysctl.conf 'net/ipv4/ip_forward=1'
