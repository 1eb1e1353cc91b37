# a *.wants entry that is a FIFO
guest_base
mkdir -p "$ROOT/etc/systemd/system"
mkfifo "$ROOT/etc/systemd/system/sockets.target.wants"
# evidence: sockets.target.wants
