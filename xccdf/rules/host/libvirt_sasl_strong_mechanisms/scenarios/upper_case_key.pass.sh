# libsasl2 folds option names to lower case
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/sasl2/libvirt.conf 'MECH_LIST: GSSAPI'
