# The private key belongs to another certificate.
# evidence: result=fail use=libvirtd .*reason=.*certificate and key not loadable together
host_base
enable_unit libvirtd-tls.socket sockets.target
valid_tls_set
tls_key stranger
libvirt_tls_files ca server
tls_install stranger-key /etc/pki/libvirt/private/serverkey.pem 0600
