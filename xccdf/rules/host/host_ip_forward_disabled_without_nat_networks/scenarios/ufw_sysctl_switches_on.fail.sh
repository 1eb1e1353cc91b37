# an enabled ufw applies /etc/ufw/sysctl.conf after boot: its routing line wins
host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" '</network>'
host_file /etc/sysctl.d/99-no-routing.conf 'net.ipv4.ip_forward = 0'
host_file /etc/ufw/ufw.conf 'ENABLED=yes' 'LOGLEVEL=low'
host_file /etc/default/ufw 'IPT_SYSCTL=/etc/ufw/sysctl.conf'
host_file /etc/ufw/sysctl.conf 'net/ipv4/ip_forward=1'
# evidence: file=/etc/ufw/sysctl.conf
