host_base
enable_unit telnet.socket sockets.target
