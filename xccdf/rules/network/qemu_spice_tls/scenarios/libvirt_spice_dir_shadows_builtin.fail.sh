# /etc/pki/libvirt-spice exists but is empty: libvirt uses it, not /etc/pki/qemu
host_base
qemu_conf 'spice_tls = 1'
spice_certs /etc/pki/qemu 0640
mkdir -p "$ROOT/etc/pki/libvirt-spice"
