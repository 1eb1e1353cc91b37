# A FIFO where the server certificate should be: never read as "missing" or "fine".
# evidence: result=error use=spice .*server-cert.pem reason="not a regular file
host_base
qemu_conf 'spice_tls = 1'
valid_tls_set
qemu_tls_dir /etc/pki/libvirt-spice ca server
rm "$ROOT/etc/pki/libvirt-spice/server-cert.pem"
mkfifo "$ROOT/etc/pki/libvirt-spice/server-cert.pem"
