# a unit file without SocketMode gets systemd's default 0666
host_base
host_file /etc/systemd/system/virtproxyd-admin.socket '[Socket]' \
    'ListenStream=/run/libvirt/virtproxyd-admin-sock' 'Service=virtproxyd.service'
