# remediation: pass
host_base
host_file /etc/libvirt/libvirtd.conf 'unix_sock_group = "libvirt"' 'unix_sock_rw_perms = "0770"' 'auth_unix_rw = "none"'
