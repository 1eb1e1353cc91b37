# evidence: result=fail use=vnc .*role=server .*reason="signed with RSA-SHA1"
host_base
qemu_conf 'vnc_tls = 1'
tls_ca ca
TLS_HASH=SHA1 tls_cert server ca
qemu_tls_dir /etc/pki/qemu ca server
