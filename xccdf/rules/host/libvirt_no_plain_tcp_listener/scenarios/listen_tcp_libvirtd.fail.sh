# remediation: pass
host_base
host_file /etc/libvirt/libvirtd.conf 'listen_tls = 0' 'listen_tcp = 1' 'auth_tcp = "sasl"'
