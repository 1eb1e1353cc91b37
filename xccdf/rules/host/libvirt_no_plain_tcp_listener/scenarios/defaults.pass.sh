# libvirtd.conf as shipped: listen_tcp commented out; libvirtd.socket and libvirtd-tls.socket
# enabled in /etc/systemd/system/sockets.target.wants, the -tcp sockets not
host_base
host_file /etc/libvirt/libvirtd.conf '#listen_tls = 0' '#listen_tcp = 1' '#auth_tcp = "sasl"'
enable_unit libvirtd.socket sockets.target
enable_unit libvirtd-tls.socket sockets.target
