# everything else listens on loopback, including IPv4-mapped ::ffff:127.0.0.1
host_base
running_host
tcp_listen 0100007F:1F90 0100007F:0CEA
tcp6_listen 0000000000000000FFFF00000100007F:1F91
