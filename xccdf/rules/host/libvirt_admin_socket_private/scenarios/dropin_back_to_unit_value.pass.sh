# drop-ins apply in file-name order, the last assignment wins: 10-open.conf opens the socket
# (0666), 20-close.conf sets it back to the unit file's 0600
host_base
host_file /usr/lib/systemd/system/virtqemud-admin.socket '[Socket]' \
    'ListenStream=/run/libvirt/virtqemud-admin-sock' 'Service=virtqemud.service' 'SocketMode=0600'
host_file /etc/systemd/system/virtqemud-admin.socket.d/20-close.conf '[Socket]' 'SocketMode=0600'
host_file /etc/systemd/system/virtqemud-admin.socket.d/10-open.conf '[Socket]' 'SocketMode=0666'
