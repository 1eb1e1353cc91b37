# no TLS socket and no --listen: nothing to check
host_base
enable_unit libvirtd.socket sockets.target
