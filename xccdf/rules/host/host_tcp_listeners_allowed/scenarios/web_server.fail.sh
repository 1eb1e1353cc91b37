# a web server on 8080 (0x1F90)
host_base
running_host
tcp_listen 00000000:0016 00000000:1F90
