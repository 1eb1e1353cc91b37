host_base
running_host
host_file /etc/libvirt/qemu/networks/routed.xml '<network>' '  <name>routed</name>' '  <forward mode="route" dev="eth1"/>' '</network>'
host_file /proc/sys/net/ipv4/ip_forward 0
