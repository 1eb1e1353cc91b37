# a *.wants entry that is a FIFO: systemd skips it, a judge cannot tell what it held
host_base
mkdir -p "$ROOT/etc/systemd/system"
mkfifo "$ROOT/etc/systemd/system/graphical.target.wants"
# evidence: graphical.target.wants
