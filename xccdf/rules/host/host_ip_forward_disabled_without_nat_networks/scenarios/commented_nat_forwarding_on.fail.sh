# The only NAT forward is commented out: the network is isolated, the host must not route, and
# forwarding on fails (a text search would have called the host a NAT host and skipped the rule).
host_base
running_host
host_file /etc/libvirt/qemu/networks/lab.xml '<network>' '  <name>lab</name>' "  <!-- <forward mode='nat'/> -->" "  <bridge name='virbr5'/>" '</network>'
host_file /proc/sys/net/ipv4/ip_forward 1
