# the three settings on one line, separated by ';' as libvirt allows
# evidence: file=/etc/pki/site/private/host-key.pem role=key mode=0600
host_base
host_file /etc/libvirt/libvirtd.conf 'ca_file = "/etc/pki/site/ca.pem"; cert_file = "/etc/pki/site/host.pem"; key_file = "/etc/pki/site/private/host-key.pem"'
enable_unit libvirtd-tls.socket sockets.target
pem_file /etc/pki/site/ca.pem
pem_file /etc/pki/site/host.pem
pem_file /etc/pki/site/private/host-key.pem 0600
