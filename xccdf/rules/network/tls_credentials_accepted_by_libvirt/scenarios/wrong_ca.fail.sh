# The server certificate was issued by another CA than the one beside it.
# evidence: result=fail use=spice .*server-cert.pem.*reason="not issued by the CA certificate
host_base
qemu_conf 'spice_tls = 1'
tls_ca ca
tls_ca other
tls_cert server other
qemu_tls_dir /etc/pki/libvirt-spice ca server
