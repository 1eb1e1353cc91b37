# libvirt takes the first auth_tls: sasl
host_base
host_file /etc/libvirt/libvirtd.conf 'auth_tls = "sasl"' 'auth_tls = "none"'
host_file /etc/sasl2/libvirt.conf 'mech_list: plain'
