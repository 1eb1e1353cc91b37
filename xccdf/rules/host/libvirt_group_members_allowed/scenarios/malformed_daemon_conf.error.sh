# a daemon configuration libvirt would refuse
host_base
host_file /etc/libvirt/libvirtd.conf 'unix_sock_group = "virtadm'
host_file /etc/group 'libvirt:x:990:'
