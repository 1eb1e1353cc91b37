# The CA certificate expires in 20 days: every certificate it issued stops working with it.
# evidence: result=fail use=vnc .*role=CA .*reason="expires within 30 days"
host_base
qemu_conf 'vnc_tls = 1'
tls_ca ca ca cert_signing_key 'expiration_days = 20'
tls_cert server ca
qemu_tls_dir /etc/pki/qemu ca server
