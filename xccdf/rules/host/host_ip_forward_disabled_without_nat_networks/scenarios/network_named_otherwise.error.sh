# libvirt refuses a definition whose network is not named after its file.
# evidence: named 'default', not after its file
host_base
running_host
host_file /etc/libvirt/qemu/networks/nat.xml '<network>' '  <name>default</name>' '  <forward/>' '</network>'
host_file /proc/sys/net/ipv4/ip_forward 0
