# a link under /run is gone at the next boot
host_base
host_file /usr/lib/systemd/system/auditd.service '[Unit]' 'Description=Security Auditing Service' '[Service]' 'ExecStart=/sbin/auditd' '[Install]' 'WantedBy=multi-user.target'
mkdir -p "$ROOT/run/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/auditd.service "$ROOT/run/systemd/system/multi-user.target.wants/auditd.service"
# evidence: state=enabled-runtime
