# an empty (zero-byte) auditd.service in /etc hides the vendor file: masked
host_base
host_file /usr/lib/systemd/system/auditd.service '[Unit]' 'Description=Security Auditing Service' '[Service]' 'ExecStart=/sbin/auditd' '[Install]' 'WantedBy=multi-user.target'
enable_unit auditd.service
: > "$ROOT/etc/systemd/system/auditd.service"
# evidence: state=masked
