# value: libvirt_allowed_group_members=alice
host_base
host_file /etc/group 'libvirt:x:990:alice' 'libvirtd:x:120:alice,build'
