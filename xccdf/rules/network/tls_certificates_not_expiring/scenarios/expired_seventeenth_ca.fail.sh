# The expired seventeenth CA certificate that libvirt's own check never looks at.
# evidence: result=fail use=migrate .*role=CA subject="CN=old" .*reason="?expired
host_base
qemu_conf 'migrate_tls_force = 1'
valid_tls_set
tls_ca old ca cert_signing_key 'activation_date = "2020-01-01 00:00:00"' 'expiration_date = "2021-01-01 00:00:00"'
qemu_tls_dir /etc/pki/qemu ca server
for i in $(seq 15); do cat "$(_pki)/ca-cert.pem" >> "$ROOT/etc/pki/qemu/ca-cert.pem"; done
cat "$(_pki)/old-cert.pem" >> "$ROOT/etc/pki/qemu/ca-cert.pem"
