host_base
host_file /etc/libvirt/virtqemud.conf 'unix_sock_group = "libvirt"' 'unix_sock_admin_perms = "0770"'
host_file /etc/systemd/system/virtqemud-admin.socket.d/override.conf '[Socket]' 'SocketMode=0660'
