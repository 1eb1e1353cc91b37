# value: libvirt_allowed_group_members=alice bob
host_base
host_file /etc/group 'root:x:0:' 'libvirt:x:990:alice,bob,mallory' 'users:x:100:'
