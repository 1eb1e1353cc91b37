host_base
qemu_conf 'default_tls_x509_cert_dir = "/srv/pki/"' 'spice_tls = 1   # enabled'
spice_certs /srv/pki 0640
