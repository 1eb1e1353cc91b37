host_base
host_file /etc/libvirt/libvirtd.conf '#auth_tcp = "sasl"'
