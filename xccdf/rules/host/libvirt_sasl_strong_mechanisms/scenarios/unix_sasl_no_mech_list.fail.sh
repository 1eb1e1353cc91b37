# without mech_list every installed mechanism is offered
host_base
host_file /etc/libvirt/virtqemud.conf 'auth_unix_rw = "sasl"'
host_file /etc/sasl2/libvirt.conf '#mech_list: gssapi'
