# blanks before a member name are dropped, as glibc drops them
# value: libvirt_allowed_group_members=alice bob
host_base
host_file /etc/group 'libvirt:x:990:alice, bob'
