# the vendor unit file says 0600, a drop-in 0660 (group access only), the .conf 0770
host_base
host_file /etc/libvirt/virtqemud.conf 'unix_sock_group = "libvirt"' 'unix_sock_admin_perms = "0770"'
host_file /usr/lib/systemd/system/virtqemud-admin.socket '[Socket]' \
    'ListenStream=/run/libvirt/virtqemud-admin-sock' 'Service=virtqemud.service' 'SocketMode=0600'
host_file /etc/systemd/system/virtqemud-admin.socket.d/override.conf '[Socket]' 'SocketMode=0660'
