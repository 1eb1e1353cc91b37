# a FIFO in /etc/xinetd.d: xinetd would block reading it, nothing can be judged
guest_base
host_file /etc/xinetd.conf 'includedir /etc/xinetd.d'
mkdir -p "$ROOT/etc/xinetd.d"
mkfifo "$ROOT/etc/xinetd.d/telnet"
# evidence: FIFO
