# evidence: result=fail use=vnc .*role=server .*reason="?expired
host_base
qemu_conf 'vnc_tls = 1'
tls_ca ca
tls_cert server ca tls_www_server signing_key encryption_key 'activation_date = "2020-01-01 00:00:00"' 'expiration_date = "2021-01-01 00:00:00"'
qemu_tls_dir /etc/pki/qemu ca server
