# A critical key usage without key encipherment: libvirt refuses a server certificate.
# evidence: result=fail use=spice .*reason=.*key usage does not permit key encipherment
host_base
qemu_conf 'spice_tls = 1'
tls_ca ca
tls_cert_openssl server ca 'extendedKeyUsage = serverAuth' 'keyUsage = critical, digitalSignature'
qemu_tls_dir /etc/pki/libvirt-spice ca server
