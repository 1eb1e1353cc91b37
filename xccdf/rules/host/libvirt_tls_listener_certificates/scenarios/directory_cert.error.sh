# a directory in place of the server certificate
host_base
enable_unit libvirtd-tls.socket sockets.target
libvirt_tls_certs 0600
rm -f "$ROOT/etc/pki/libvirt/servercert.pem"
mkdir "$ROOT/etc/pki/libvirt/servercert.pem"
