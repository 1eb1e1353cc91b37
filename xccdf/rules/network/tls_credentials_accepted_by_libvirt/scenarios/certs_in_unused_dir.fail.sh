# /etc/pki/libvirt-spice exists, so libvirt looks there for SPICE, not in /etc/pki/qemu.
# evidence: result=fail use=spice .*file=/etc/pki/libvirt-spice/ca-cert.pem reason="CA certificate missing"
host_base
qemu_conf 'spice_tls = 1'
valid_tls_set
mkdir -p "$ROOT/etc/pki/libvirt-spice"
qemu_tls_dir /etc/pki/qemu ca server
