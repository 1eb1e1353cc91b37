# remediation: pass
# a unit file in /etc/systemd/system hides the vendor one (0600) and says 0666, no drop-in
host_base
host_file /usr/lib/systemd/system/libvirtd-admin.socket '[Socket]' \
    'ListenStream=/run/libvirt/libvirt-admin-sock' 'Service=libvirtd.service' 'SocketMode=0600'
host_file /etc/systemd/system/libvirtd-admin.socket '[Socket]' \
    'ListenStream=/run/libvirt/libvirt-admin-sock' 'Service=libvirtd.service' 'SocketMode=0666'
