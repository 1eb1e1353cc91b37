# a link under /run starts the unit until the next reboot (enabled-runtime): counted
host_base
host_file /usr/lib/systemd/system/smb.service "[Service]" "ExecStart=/usr/sbin/smbd"
mkdir -p "$ROOT/run/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/smb.service "$ROOT/run/systemd/system/multi-user.target.wants/smb.service"
# evidence: state=enabled-runtime
