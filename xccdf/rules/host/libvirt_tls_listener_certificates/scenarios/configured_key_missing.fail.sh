# the key libvirtd.conf names is missing; a key at the default path does not count
# evidence: file=/etc/pki/site/private/host-key.pem role=key
host_base
host_file /etc/libvirt/libvirtd.conf 'ca_file = "/etc/pki/site/ca.pem"' 'cert_file = "/etc/pki/site/host.pem"' 'key_file = "/etc/pki/site/private/host-key.pem"'
enable_unit libvirtd-tls.socket sockets.target
pem_file /etc/pki/site/ca.pem
pem_file /etc/pki/site/host.pem
libvirt_tls_certs 0600
