host_base
host_file /usr/lib/systemd/system/auditd.service '[Unit]' 'Description=Security Auditing Service' '[Service]' 'ExecStart=/sbin/auditd' '[Install]' 'WantedBy=multi-user.target'
enable_unit auditd.service
mask_unit auditd.service
# evidence: state=masked
