# A transient NAT network (virsh net-create) has no definition, only the state file libvirt keeps
# while it runs: it needs forwarding all the same.
# evidence: network=scratch forward=nat
host_base
running_host
host_file /run/libvirt/network/scratch.xml "<networkstatus>" '  <class_id bitmap="0-2"/>' '  <network>' '    <name>scratch</name>' "    <forward mode='nat'/>" "    <bridge name='virbr7'/>" '  </network>' '</networkstatus>'
host_file /proc/sys/net/ipv4/ip_forward 0
