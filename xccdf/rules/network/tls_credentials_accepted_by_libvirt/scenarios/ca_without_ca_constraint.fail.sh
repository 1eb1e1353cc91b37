# The "CA" certificate does not say CA:TRUE in its basic constraints.
# evidence: result=fail use=libvirtd .*role=CA .*reason=.*basic constraints do not show a CA
host_base
enable_unit libvirtd-tls.socket sockets.target
tls_ca ca cert_signing_key 'expiration_days = 365'
tls_cert server ca
libvirt_tls_files ca server
