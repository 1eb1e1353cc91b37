host_base
host_file /etc/libvirt/virtqemud.conf 'auth_unix_rw = "sasl"'
