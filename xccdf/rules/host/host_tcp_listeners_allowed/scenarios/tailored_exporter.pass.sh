# value: host_allowed_tcp_listen_ports=22|9100
host_base
running_host
tcp_listen 00000000:0016 00000000:238C
