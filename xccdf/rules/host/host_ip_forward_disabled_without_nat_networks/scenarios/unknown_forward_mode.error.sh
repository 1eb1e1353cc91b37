# libvirt refuses a network whose forward mode it does not know.
# evidence: unknown forwarding type 'masquerade'
host_base
running_host
host_file /etc/libvirt/qemu/networks/lab.xml '<network>' '  <name>lab</name>' "  <forward mode='masquerade'/>" '</network>'
host_file /proc/sys/net/ipv4/ip_forward 0
