# "mech_list :" is a line libsasl2 refuses: it fails to initialise
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/sasl2/libvirt.conf 'mech_list : gssapi'
