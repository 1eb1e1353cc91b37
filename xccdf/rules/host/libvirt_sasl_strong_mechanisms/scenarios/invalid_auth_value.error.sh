# libvirt refuses auth_tls = "kerberos": it does not start
host_base
host_file /etc/libvirt/libvirtd.conf 'auth_tls = "kerberos"'
host_file /etc/sasl2/libvirt.conf 'mech_list: gssapi'
