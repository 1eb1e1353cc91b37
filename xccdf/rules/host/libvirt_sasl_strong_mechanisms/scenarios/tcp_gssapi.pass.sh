host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/sasl2/libvirt.conf '# libvirt SASL configuration' 'mech_list: gssapi' 'keytab: /etc/libvirt/krb5.tab'
