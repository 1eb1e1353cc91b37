# A running NAT network known only from its state file: the host routes, this rule does not apply.
host_base
running_host
host_file /run/libvirt/network/scratch.xml "<networkstatus>" '  <network>' '    <name>scratch</name>' '    <forward/>' '  </network>' '</networkstatus>'
host_file /proc/sys/net/ipv4/ip_forward 1
