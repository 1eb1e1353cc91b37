host_base
qemu_conf 'vnc_tls = 1' 'vnc_tls_x509_verify = 1'
