# evidence: result=fail use=libvirtd .*servercert.pem.*reason=.*basic constraints show a CA
host_base
enable_unit libvirtd-tls.socket sockets.target
tls_ca ca
tls_cert server ca ca tls_www_server signing_key encryption_key cert_signing_key 'expiration_days = 365'
libvirt_tls_files ca server
