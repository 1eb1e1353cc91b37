# value: libvirt_sasl_allowed_mechanisms=gssapi digest-md5
host_base
enable_unit virtproxyd-tcp.socket sockets.target
host_file /etc/sasl2/libvirt.conf 'mech_list: digest-md5 gssapi'
