# value: libvirt_allowed_group_members=alice operator
host_base
host_file /etc/libvirt/virtqemud.conf 'unix_sock_group = "virtadm"'
host_file /etc/group 'libvirt:x:990:' 'virtadm:x:991:alice,operator' 'wheel:x:10:root,build'
