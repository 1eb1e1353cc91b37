# vnc_tls_x509_cert_dir wins over every default (trailing slash allowed)
host_base
qemu_conf 'vnc_tls = 1' 'vnc_tls_x509_cert_dir = "/etc/pki/vnc-consoles/"' 'default_tls_x509_cert_dir = "/srv/pki"'
spice_certs /etc/pki/vnc-consoles 0640
