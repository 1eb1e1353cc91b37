# libvirt ends a statement at ';': auth_unix_rw = "sasl" is set on the same line
# evidence: key=auth_unix_rw
host_base
host_file /etc/libvirt/virtqemud.conf 'unix_sock_group = "libvirt"; auth_unix_rw = "sasl"'
host_file /etc/sasl2/libvirt.conf 'mech_list: digest-md5'
