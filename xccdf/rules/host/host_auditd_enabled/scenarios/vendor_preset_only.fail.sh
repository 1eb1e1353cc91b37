# a preset says what enable would do, it enables nothing
host_base
host_file /usr/lib/systemd/system/auditd.service '[Unit]' 'Description=Security Auditing Service' '[Service]' 'ExecStart=/sbin/auditd' '[Install]' 'WantedBy=multi-user.target'
host_file /usr/lib/systemd/system-preset/90-default.preset 'enable auditd.service'
