# a listener on an IPv4-mapped non-loopback address (::ffff:10.0.0.1) on 8080
host_base
running_host
tcp_listen
tcp6_listen 0000000000000000FFFF00000100000A:1F90
