# the key is a link climbing above the root: its target inside the root is judged
# evidence: role=key mode=0644
host_base
enable_unit libvirtd-tls.socket sockets.target
libvirt_tls_certs 0600
pem_file /srv/site/serverkey.pem 0644
ln -sfn ../../../../../../../srv/site/serverkey.pem "$ROOT/etc/pki/libvirt/private/serverkey.pem"
