# libvirt's plain TCP port 16509 is not allowed by default
host_base
running_host
tcp_listen 00000000:407D
