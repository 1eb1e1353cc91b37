# an instance enabled through its template file (systemctl enable rsyncd@main.service)
host_base
host_file /usr/lib/systemd/system/rsyncd@.service "[Service]" "ExecStart=/usr/bin/rsync --daemon" "[Install]" "WantedBy=multi-user.target"
mkdir -p "$ROOT/etc/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/rsyncd@.service "$ROOT/etc/systemd/system/multi-user.target.wants/rsyncd@main.service"
# evidence: unit=rsyncd@main.service
