# remediation: pass
# systemd parses SocketMode with config_parse_mode, which ignores an empty value (it does not
# reset the setting): after 10-open.conf's 0666, 20-reset.conf's "SocketMode=" leaves 0666
host_base
host_file /usr/lib/systemd/system/virtqemud-admin.socket '[Socket]' \
    'ListenStream=/run/libvirt/virtqemud-admin-sock' 'Service=virtqemud.service' 'SocketMode=0600'
host_file /etc/systemd/system/virtqemud-admin.socket.d/10-open.conf '[Socket]' 'SocketMode=0666'
host_file /etc/systemd/system/virtqemud-admin.socket.d/20-reset.conf '[Socket]' 'SocketMode='
