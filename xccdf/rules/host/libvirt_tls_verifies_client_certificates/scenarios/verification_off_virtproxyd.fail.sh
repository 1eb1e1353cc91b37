# remediation: pass
host_base
host_file /etc/libvirt/virtproxyd.conf 'tls_no_verify_certificate=1'
