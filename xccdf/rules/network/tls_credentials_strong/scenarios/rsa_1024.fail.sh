# evidence: result=fail use=libvirtd .*role=server .*reason="RSA 1024 bits < 2048"
host_base
enable_unit libvirtd-tls.socket sockets.target
tls_key server --key-type rsa --bits 1024
valid_tls_set
libvirt_tls_files ca server
