host_base
host_file /etc/libvirt/libvirtd.conf '#unix_sock_admin_perms = "0700"'
