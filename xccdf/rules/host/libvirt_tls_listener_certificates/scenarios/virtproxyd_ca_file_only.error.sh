# only ca_file is set: libvirt refuses to start its TLS listener
host_base
host_file /etc/libvirt/virtproxyd.conf 'ca_file = "/etc/pki/site/ca.pem"'
enable_unit virtproxyd-tls.socket sockets.target
libvirt_tls_certs 0600
