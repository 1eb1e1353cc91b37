# evidence: result=pass use=libvirtd .*role=server .*key=RSA/2048
host_base
enable_unit libvirtd-tls.socket sockets.target
tls_key ca --key-type rsa --bits 2048
tls_key server --key-type rsa --bits 2048
valid_tls_set
libvirt_tls_files ca server 0640
