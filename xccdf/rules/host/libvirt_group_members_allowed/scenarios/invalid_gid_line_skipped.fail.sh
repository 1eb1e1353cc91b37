# a line with an invalid group id is skipped: the next libvirt line is the group
# evidence: member=mallory
# value: libvirt_allowed_group_members=alice
host_base
host_file /etc/group 'libvirt:x:0x3de:alice' '  libvirt:x:990:mallory'
