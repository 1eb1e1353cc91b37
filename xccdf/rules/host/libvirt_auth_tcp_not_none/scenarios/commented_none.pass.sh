host_base
host_file /etc/libvirt/libvirtd.conf '#auth_tcp = "none"' 'auth_tcp = "sasl"'
