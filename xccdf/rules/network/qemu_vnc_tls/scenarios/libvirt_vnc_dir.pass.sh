# /etc/pki/libvirt-vnc exists: libvirt takes it before default_tls_x509_cert_dir
host_base
qemu_conf 'vnc_tls = 1   # encrypted consoles' 'default_tls_x509_cert_dir = "/srv/pki"'
spice_certs /etc/pki/libvirt-vnc 0600
