# libvirt takes the first key_file: the world-readable key
# evidence: file=/etc/pki/site/private/open-key.pem
host_base
host_file /etc/libvirt/libvirtd.conf 'ca_file = "/etc/pki/site/ca.pem"' 'cert_file = "/etc/pki/site/host.pem"' 'key_file = "/etc/pki/site/private/host-key.pem"'
sed -i '1i key_file = "/etc/pki/site/private/open-key.pem"' "$ROOT/etc/libvirt/libvirtd.conf"
enable_unit libvirtd-tls.socket sockets.target
pem_file /etc/pki/site/ca.pem
pem_file /etc/pki/site/host.pem
pem_file /etc/pki/site/private/host-key.pem 0600
pem_file /etc/pki/site/private/open-key.pem 0644
