# evidence: result=pass use=spice .*role=server .*key=EC/ECDSA/256
# evidence: result=pass use=spice .*server-key.pem mode=0600
host_base
qemu_conf 'spice_tls = 1'
tls_key server --key-type ecdsa --curve secp256r1
valid_tls_set
qemu_tls_dir /etc/pki/libvirt-spice ca server
