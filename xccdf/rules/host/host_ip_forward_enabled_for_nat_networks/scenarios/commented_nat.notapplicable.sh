# A NAT forward that is only inside an XML comment: libvirt's parser never sees it, the network is
# isolated, so this rule does not apply (a text search of the file would have applied it).
host_base
running_host
host_file /etc/libvirt/qemu/networks/lab.xml '<network>' '  <name>lab</name>' "  <!-- <forward mode='nat'/> -->" "  <bridge name='virbr5'/>" '</network>'
host_file /proc/sys/net/ipv4/ip_forward 0
