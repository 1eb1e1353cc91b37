# masked (a link to /dev/null in /etc/systemd/system): systemd starts it for no link, the
# sockets.target.wants link left behind included
host_base
enable_unit virtproxyd-tcp.socket sockets.target
mask_unit virtproxyd-tcp.socket
