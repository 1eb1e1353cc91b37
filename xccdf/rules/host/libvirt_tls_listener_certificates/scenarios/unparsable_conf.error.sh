# libvirt cannot parse libvirtd.conf: which files its listener loads is unknown
host_base
enable_unit libvirtd-tls.socket sockets.target
host_file /etc/libvirt/libvirtd.conf 'key_file = "/etc/pki/site/key.pem'
libvirt_tls_certs 0600
