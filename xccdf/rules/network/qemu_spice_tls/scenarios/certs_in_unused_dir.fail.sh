# spice_tls_x509_cert_dir points elsewhere: the built-in directory's certificates are not used
host_base
qemu_conf 'spice_tls = 1' 'spice_tls_x509_cert_dir = "/etc/pki/libvirt-spice"'
spice_certs /etc/pki/qemu 0640
