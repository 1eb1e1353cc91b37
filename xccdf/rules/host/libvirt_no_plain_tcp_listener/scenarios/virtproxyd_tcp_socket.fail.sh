# virtproxyd-tcp.socket enabled: a link in /etc/systemd/system/sockets.target.wants
host_base
enable_unit virtproxyd-tcp.socket sockets.target
