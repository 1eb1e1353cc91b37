# the TCP listener authenticates with nothing (judged by libvirt_auth_tcp_not_none), not SASL
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/libvirt/libvirtd.conf 'auth_tcp = "none"'
host_file /etc/sasl2/libvirt.conf 'mech_list: plain'
