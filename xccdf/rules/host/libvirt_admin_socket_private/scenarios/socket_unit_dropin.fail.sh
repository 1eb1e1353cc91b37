# remediation: pass
# socket activation ignores the .conf permissions; the unit's SocketMode applies: the vendor unit
# file says 0600, the drop-in 50-open.conf (applied after it) 0666
host_base
host_file /usr/lib/systemd/system/libvirtd-admin.socket '[Socket]' \
    'ListenStream=/run/libvirt/libvirt-admin-sock' 'Service=libvirtd.service' 'SocketMode=0600'
host_file /etc/systemd/system/libvirtd-admin.socket.d/50-open.conf '[Socket]' 'SocketMode=0666'
