# evidence: result=fail use=spice .*reason="not yet active
host_base
qemu_conf 'spice_tls = 1'
tls_ca ca
tls_cert server ca tls_www_server signing_key encryption_key 'activation_date = "2099-01-01 00:00:00"' 'expiration_date = "2100-01-01 00:00:00"'
qemu_tls_dir /etc/pki/libvirt-spice ca server
