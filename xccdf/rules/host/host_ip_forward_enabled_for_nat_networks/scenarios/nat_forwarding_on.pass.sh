host_base
running_host
host_file /etc/libvirt/qemu/networks/default.xml '<network>' '  <name>default</name>' "  <forward mode='nat'/>" "  <bridge name='virbr0'/>" "  <ip address='192.168.122.1' netmask='255.255.255.0'/>" '</network>'
host_file /proc/sys/net/ipv4/ip_forward 1
