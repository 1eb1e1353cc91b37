# /etc/xinetd.conf is a FIFO
guest_base
mkfifo "$ROOT/etc/xinetd.conf"
# evidence: FIFO
