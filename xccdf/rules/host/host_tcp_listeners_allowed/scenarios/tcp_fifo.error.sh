# /proc/net/tcp is a FIFO
host_base
running_host
mkdir -p "$ROOT/proc/net"
mkfifo "$ROOT/proc/net/tcp"
# evidence: object=/proc/net/tcp
