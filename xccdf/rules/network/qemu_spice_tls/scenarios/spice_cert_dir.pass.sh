host_base
qemu_conf 'spice_tls = 1' 'spice_tls_x509_cert_dir = "/etc/pki/libvirt-spice"'
spice_certs /etc/pki/libvirt-spice 0640
