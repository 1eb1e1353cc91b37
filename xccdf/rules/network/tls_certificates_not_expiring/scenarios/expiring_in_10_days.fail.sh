# evidence: result=fail use=libvirtd .*role=server .*days_left=(9|10) reason="expires within 30 days"
host_base
enable_unit libvirtd-tls.socket sockets.target
tls_ca ca
tls_cert server ca tls_www_server signing_key encryption_key 'expiration_days = 10'
libvirt_tls_files ca server
