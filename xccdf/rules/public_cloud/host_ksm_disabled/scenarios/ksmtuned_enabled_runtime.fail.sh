# ksmtuned.service enabled from the vendor unit directory's wants (a preset-like link in /usr/lib)
# is static, but a link in /run/systemd/system enables it for this boot
host_base
running_host
host_file /sys/kernel/mm/ksm/run 0
host_file /usr/lib/systemd/system/ksmtuned.service '[Unit]' 'Description=ksmtuned' '' '[Service]' 'ExecStart=/usr/sbin/ksmtuned' '' '[Install]' 'WantedBy=multi-user.target'
mkdir -p "$ROOT/run/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/ksmtuned.service "$ROOT/run/systemd/system/multi-user.target.wants/ksmtuned.service"
