# a database listening on all IPv6 addresses (5432)
host_base
running_host
tcp_listen 00000000:0016
tcp6_listen 00000000000000000000000000000000:1538
