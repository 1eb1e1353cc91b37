host_base
enable_unit cups.socket sockets.target
