# SPICE TLS on, a CA and a server certificate libvirt accepts in /etc/pki/libvirt-spice.
# evidence: result=pass use=spice .*file=/etc/pki/libvirt-spice/server-cert.pem role=server subject=
host_base
qemu_conf 'spice_tls = 1'
valid_tls_set
qemu_tls_dir /etc/pki/libvirt-spice ca server
