# remediation: pass
host_base
host_file /etc/libvirt/libvirtd.conf 'tls_no_verify_certificate = 1'
