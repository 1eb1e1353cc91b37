# the key libvirtd.conf names is missing; a key at the default path does not count
host_base
host_file /etc/libvirt/libvirtd.conf 'key_file = "/etc/pki/site/private/host-key.pem"'
enable_unit libvirtd-tls.socket sockets.target
libvirt_tls_certs 0600
