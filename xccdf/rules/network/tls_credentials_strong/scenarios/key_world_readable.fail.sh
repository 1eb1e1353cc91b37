# evidence: result=fail use=spice .*server-key.pem mode=0644 .*reason="readable by other users"
host_base
qemu_conf 'spice_tls = 1'
valid_tls_set
qemu_tls_dir /etc/pki/libvirt-spice ca server 0644
