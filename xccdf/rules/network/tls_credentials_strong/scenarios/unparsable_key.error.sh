# evidence: result=error use=spice .*server-key.pem .*reason=.*not an unencrypted PEM private key
host_base
qemu_conf 'spice_tls = 1'
valid_tls_set
qemu_tls_dir /etc/pki/libvirt-spice ca server
printf -- '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n' > "$ROOT/etc/pki/libvirt-spice/server-key.pem"
