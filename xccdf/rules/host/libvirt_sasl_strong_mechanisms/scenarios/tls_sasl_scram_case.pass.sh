host_base
host_file /etc/libvirt/libvirtd.conf "auth_tls = 'sasl'"
host_file /etc/sasl2/libvirt.conf 'mech_list: SCRAM-SHA-256'
