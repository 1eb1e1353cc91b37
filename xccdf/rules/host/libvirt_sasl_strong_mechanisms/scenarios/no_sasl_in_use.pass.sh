# no TCP listener and no socket set to SASL: a weak mech_list is never offered
host_base
host_file /etc/sasl2/libvirt.conf 'mech_list: digest-md5'
