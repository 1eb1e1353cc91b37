# an option without a value: libsasl2 refuses the file
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /etc/sasl2/libvirt.conf 'mech_list:' 
