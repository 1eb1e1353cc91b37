# spice_tls_x509_cert_dir unset: libvirt uses /etc/pki/libvirt-spice because it exists
host_base
qemu_conf 'spice_tls = 1'
spice_certs /etc/pki/libvirt-spice 0640
