# SCRAM-SHA-256-PLUS is SCRAM-SHA-256 with channel binding
host_base
host_file /etc/libvirt/libvirtd.conf "auth_tls = 'sasl'"
host_file /etc/sasl2/libvirt.conf 'mech_list: scram-sha-256-plus gssapi'
