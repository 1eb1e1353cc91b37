host_base
qemu_conf "default_tls_x509_cert_dir = '/srv/pki'" 'vnc_tls=1'
spice_certs /srv/pki 0640
