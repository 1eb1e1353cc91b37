# getgrnam returns the first libvirt line; a later duplicate with a member is never used
# value: libvirt_allowed_group_members=alice
host_base
host_file /etc/group 'root:x:0:' 'libvirt:x:990:alice' 'libvirt:x:990:mallory'
