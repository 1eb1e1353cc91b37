host_base
enable_unit virtproxyd-tcp.socket sockets.target
