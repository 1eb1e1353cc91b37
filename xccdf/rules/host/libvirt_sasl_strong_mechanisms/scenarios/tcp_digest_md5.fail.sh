host_base
host_file /etc/libvirt/libvirtd.conf 'listen_tcp = 1'
host_file /etc/sasl2/libvirt.conf 'mech_list: digest-md5'
