host_base
host_file /etc/libvirt/virtqemud.conf '#audit_level = 2'
