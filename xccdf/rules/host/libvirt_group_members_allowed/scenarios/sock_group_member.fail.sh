# value: libvirt_allowed_group_members=alice
host_base
host_file /etc/libvirt/libvirtd.conf 'unix_sock_group = "virtadm"' 'unix_sock_rw_perms = "0770"' 'auth_unix_rw = "none"'
host_file /etc/group 'libvirt:x:990:alice' 'virtadm:x:991:alice,operator'
