# libvirt uses the first unix_sock_group assignment
# evidence: group=virtadm
# value: libvirt_allowed_group_members=alice
host_base
host_file /etc/libvirt/virtqemud.conf 'unix_sock_group = "virtadm"' 'unix_sock_group = "libvirt"'
host_file /etc/group 'libvirt:x:990:alice' 'virtadm:x:991:operator'
