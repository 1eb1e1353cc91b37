# evidence: result=fail use=spice .*role=server .*reason="EC/ECDSA 192 bits < 256"
host_base
qemu_conf 'spice_tls = 1'
tls_key server --key-type ecdsa --curve secp192r1
valid_tls_set
qemu_tls_dir /etc/pki/libvirt-spice ca server
