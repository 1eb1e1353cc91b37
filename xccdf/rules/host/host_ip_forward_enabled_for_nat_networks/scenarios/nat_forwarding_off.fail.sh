host_base
running_host
host_file /etc/libvirt/qemu/networks/default.xml '<network>' '  <name>default</name>' '  <forward/>' "  <bridge name='virbr0'/>" '</network>'
host_file /proc/sys/net/ipv4/ip_forward 0
