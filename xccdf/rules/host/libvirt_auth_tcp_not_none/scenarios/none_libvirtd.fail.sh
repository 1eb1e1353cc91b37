# remediation: pass
host_base
host_file /etc/libvirt/libvirtd.conf 'listen_tcp = 0' 'auth_tcp = "none"'
