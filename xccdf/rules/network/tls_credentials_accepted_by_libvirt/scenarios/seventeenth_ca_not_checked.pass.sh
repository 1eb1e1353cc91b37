# libvirt's sanity check reads only the first 16 certificates of its CA file: an expired
# seventeenth does not stop it (the expiry rule still fails it).
# evidence: result=pass use=migrate .*role=CA certificates=16
host_base
qemu_conf 'migrate_tls_force = 1'
valid_tls_set
tls_ca old ca cert_signing_key 'activation_date = "2020-01-01 00:00:00"' 'expiration_date = "2021-01-01 00:00:00"'
qemu_tls_dir /etc/pki/qemu ca server
for i in $(seq 15); do cat "$(_pki)/ca-cert.pem" >> "$ROOT/etc/pki/qemu/ca-cert.pem"; done
cat "$(_pki)/old-cert.pem" >> "$ROOT/etc/pki/qemu/ca-cert.pem"
