# the VNC setting wins over default_tls_x509_verify
host_base
qemu_conf 'default_tls_x509_verify = 1' 'vnc_tls_x509_verify = 0'
