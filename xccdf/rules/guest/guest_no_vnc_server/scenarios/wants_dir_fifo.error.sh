# a *.wants entry that is a FIFO
guest_base
mkdir -p "$ROOT/etc/systemd/system"
mkfifo "$ROOT/etc/systemd/system/graphical.target.wants"
# evidence: graphical.target.wants
