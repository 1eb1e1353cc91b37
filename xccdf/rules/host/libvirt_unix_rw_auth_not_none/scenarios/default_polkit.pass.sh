host_base
host_file /etc/libvirt/libvirtd.conf '#auth_unix_rw = "polkit"' '#unix_sock_rw_perms = "0770"'
host_file /etc/libvirt/virtqemud.conf '#auth_unix_rw = "polkit"'
