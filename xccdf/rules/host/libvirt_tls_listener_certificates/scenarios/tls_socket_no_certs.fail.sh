host_base
enable_unit libvirtd-tls.socket sockets.target
