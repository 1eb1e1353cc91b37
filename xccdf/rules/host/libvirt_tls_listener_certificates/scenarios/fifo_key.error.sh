# a FIFO in place of the key: never judged by its mode alone
host_base
enable_unit libvirtd-tls.socket sockets.target
libvirt_tls_certs 0600
rm -f "$ROOT/etc/pki/libvirt/private/serverkey.pem"
mkfifo -m 0600 "$ROOT/etc/pki/libvirt/private/serverkey.pem"
