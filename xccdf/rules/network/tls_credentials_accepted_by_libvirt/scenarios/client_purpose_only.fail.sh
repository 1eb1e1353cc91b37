# A server certificate whose critical key purpose allows only a TLS client.
# evidence: result=fail use=vnc .*reason=.*key purpose does not allow use by a TLS server
host_base
qemu_conf 'vnc_tls = 1'
tls_ca ca
tls_cert_openssl server ca 'extendedKeyUsage = critical, clientAuth' 'keyUsage = critical, digitalSignature, keyEncipherment'
qemu_tls_dir /etc/pki/qemu ca server
