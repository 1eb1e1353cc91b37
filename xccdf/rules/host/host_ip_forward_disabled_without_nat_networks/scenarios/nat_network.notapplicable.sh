# a NAT network needs forwarding: the converse rule applies instead
host_base
running_host
host_file /etc/libvirt/qemu/networks/default.xml '<network>' '  <name>default</name>' '  <forward dev="eth0"/>' '</network>'
host_file /proc/sys/net/ipv4/ip_forward 1
