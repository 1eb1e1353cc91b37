# /proc/net/tcp6 is a directory
host_base
running_host
tcp_listen 00000000:0016
mkdir -p "$ROOT/proc/net/tcp6"
