# value: tls_min_rsa_bits=3072
# evidence: result=fail use=libvirtd .*role=server .*reason="RSA 2048 bits < 3072"
host_base
enable_unit libvirtd-tls.socket sockets.target
tls_key server --key-type rsa --bits 2048
valid_tls_set
libvirt_tls_files ca server
