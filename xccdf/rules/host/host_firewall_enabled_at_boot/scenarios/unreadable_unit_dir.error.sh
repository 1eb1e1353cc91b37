# a wants directory that is a FIFO instead of a directory cannot be read
# evidence: result=error
host_base
mkdir -p "$ROOT/etc/systemd/system"
mkfifo "$ROOT/etc/systemd/system/multi-user.target.wants"
