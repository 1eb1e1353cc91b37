# mode='' is no mode for libvirt (virXPathString gives none), so the network is NAT.
# evidence: network=default forward=nat
host_base
running_host
host_file /etc/libvirt/qemu/networks/default.xml '<network>' '  <name>default</name>' "  <forward mode=''/>" '</network>'
host_file /proc/sys/net/ipv4/ip_forward 0
