# The same purpose, not critical: libvirt only warns, and loads the credentials.
# evidence: result=pass use=vnc .*server-cert.pem
host_base
qemu_conf 'vnc_tls = 1'
tls_ca ca
tls_cert_openssl server ca 'extendedKeyUsage = clientAuth' 'keyUsage = critical, digitalSignature, keyEncipherment'
qemu_tls_dir /etc/pki/qemu ca server
