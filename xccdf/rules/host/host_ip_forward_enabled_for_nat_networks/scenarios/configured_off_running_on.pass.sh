# libvirt switched forwarding on at run time; the configuration's 0 is shown as evidence
host_base
running_host
host_file /etc/libvirt/qemu/networks/default.xml '<network>' '  <name>default</name>' "  <forward mode='nat'/>" '</network>'
host_file /etc/sysctl.d/99-no-routing.conf 'net.ipv4.ip_forward = 0'
host_file /proc/sys/net/ipv4/ip_forward 1
# evidence: configured=0
