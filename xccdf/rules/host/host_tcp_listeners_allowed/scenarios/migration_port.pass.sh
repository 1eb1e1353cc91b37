# an incoming migration in progress on 49152
host_base
running_host
tcp_listen 00000000:C000 00000000:0016
