# the CA certificate virtproxyd.conf names is missing
# evidence: file=/etc/pki/site/ca.pem role=CA
host_base
host_file /etc/libvirt/virtproxyd.conf 'ca_file = "/etc/pki/site/ca.pem"' 'cert_file = "/etc/pki/libvirt/servercert.pem"' 'key_file = "/etc/pki/libvirt/private/serverkey.pem"'
enable_unit virtproxyd-tls.socket sockets.target
libvirt_tls_certs 0600
