# libvirtd.conf as shipped: listen_tcp commented out; the TLS socket may be on
host_base
host_file /etc/libvirt/libvirtd.conf '#listen_tls = 0' '#listen_tcp = 1' '#auth_tcp = "sasl"'
enable_unit libvirtd.socket sockets.target
enable_unit libvirtd-tls.socket sockets.target
