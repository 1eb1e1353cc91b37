# A CA's own SHA-1 self-signature is not verified by anyone; what it signs is SHA-256.
# evidence: result=pass use=vnc .*role=CA .*signature=RSA-SHA1
host_base
qemu_conf 'vnc_tls = 1'
TLS_HASH=SHA1 tls_ca ca
tls_cert server ca
qemu_tls_dir /etc/pki/qemu ca server
