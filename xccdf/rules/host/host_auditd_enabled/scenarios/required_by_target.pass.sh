# a *.requires link enables it too
host_base
host_file /usr/lib/systemd/system/auditd.service '[Unit]' 'Description=Security Auditing Service' '[Service]' 'ExecStart=/sbin/auditd' '[Install]' 'WantedBy=multi-user.target'
mkdir -p "$ROOT/etc/systemd/system/basic.target.requires"
ln -s ../../../../usr/lib/systemd/system/auditd.service "$ROOT/etc/systemd/system/basic.target.requires/auditd.service"
