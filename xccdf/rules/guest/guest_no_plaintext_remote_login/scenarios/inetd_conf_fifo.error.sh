# /etc/inetd.conf is a FIFO
guest_base
mkfifo "$ROOT/etc/inetd.conf"
# evidence: FIFO
