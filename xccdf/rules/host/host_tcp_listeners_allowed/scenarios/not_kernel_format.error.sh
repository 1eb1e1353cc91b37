# dotted addresses are not what the kernel writes
host_base
running_host
tcp_listen 0.0.0.0:22
