# only key_file is set: libvirt refuses to start its TLS listener without ca_file and cert_file
host_base
host_file /etc/libvirt/libvirtd.conf 'key_file = "/etc/pki/site/private/host-key.pem"'
enable_unit libvirtd-tls.socket sockets.target
libvirt_tls_certs 0600
