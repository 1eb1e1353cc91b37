# a FIFO named like a drop-in: systemd could not read it, neither can the judge
host_base
host_file /usr/lib/systemd/system/libvirtd-admin.socket '[Socket]' \
    'ListenStream=/run/libvirt/libvirt-admin-sock' 'Service=libvirtd.service' 'SocketMode=0600'
mkdir -p "$ROOT/etc/systemd/system/libvirtd-admin.socket.d"
mkfifo "$ROOT/etc/systemd/system/libvirtd-admin.socket.d/50-open.conf"
