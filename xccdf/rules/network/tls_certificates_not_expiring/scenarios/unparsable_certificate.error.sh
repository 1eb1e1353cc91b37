# evidence: result=error use=spice .*server-cert.pem reason=.*not a PEM certificate
host_base
qemu_conf 'spice_tls = 1'
valid_tls_set
qemu_tls_dir /etc/pki/libvirt-spice ca server
printf 'not a certificate\n' > "$ROOT/etc/pki/libvirt-spice/server-cert.pem"
