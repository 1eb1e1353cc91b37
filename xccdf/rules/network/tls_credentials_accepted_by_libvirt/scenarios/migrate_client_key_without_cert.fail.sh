# The migration source (a TLS client) has a client key but no client certificate.
# evidence: result=fail use=migrate-client .*client-key.pem reason="private key without its certificate"
host_base
qemu_conf 'migrate_tls_force = 1'
valid_tls_set
qemu_tls_dir /etc/pki/qemu ca server
tls_install server-key /etc/pki/qemu/client-key.pem 0600
