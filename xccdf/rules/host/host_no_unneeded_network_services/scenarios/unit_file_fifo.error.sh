# the unit file systemd would load for an enabled httpd is a FIFO
host_base
mkdir -p "$ROOT/usr/lib/systemd/system"
mkfifo "$ROOT/usr/lib/systemd/system/httpd.service"
mkdir -p "$ROOT/etc/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/httpd.service "$ROOT/etc/systemd/system/multi-user.target.wants/httpd.service"
# evidence: FIFO
