# certtool gives an ECDSA server certificate a critical key usage without key encipherment;
# libvirt 9.0 (virNetTLSContextCheckCertKeyUsage) refuses it for a server, whatever the key type.
# evidence: result=fail use=libvirtd .*servercert.pem.*reason="key usage does not permit key encipherment"
host_base
enable_unit libvirtd-tls.socket sockets.target
tls_key server --key-type ecdsa --curve secp256r1
valid_tls_set
libvirt_tls_files ca server
