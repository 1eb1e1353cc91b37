# evidence: result=pass use=spice .*role=server .*days_left=36[45]
host_base
qemu_conf 'spice_tls = 1'
valid_tls_set
qemu_tls_dir /etc/pki/libvirt-spice ca server
