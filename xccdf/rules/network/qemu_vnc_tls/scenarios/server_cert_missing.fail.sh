host_base
qemu_conf 'vnc_tls = 1' 'vnc_tls_x509_cert_dir = "/etc/pki/vnc-consoles"'
spice_certs /etc/pki/vnc-consoles 0600
rm "$ROOT/etc/pki/vnc-consoles/server-cert.pem"
