# vncserver@:1.service enabled through the template TigerVNC ships
guest_base
host_file /usr/lib/systemd/system/vncserver@.service '[Service]' 'ExecStart=/usr/libexec/vncsession-start %i' '[Install]' 'WantedBy=multi-user.target'
mkdir -p "$ROOT/etc/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/vncserver@.service "$ROOT/etc/systemd/system/multi-user.target.wants/vncserver@:1.service"
# evidence: unit=vncserver@:1.service
