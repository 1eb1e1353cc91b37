# IPv6 off (no /proc/net/tcp6): only IPv4 is judged
host_base
running_host
tcp_listen 00000000:0016
