host_base
qemu_conf 'default_tls_x509_verify = 0'
