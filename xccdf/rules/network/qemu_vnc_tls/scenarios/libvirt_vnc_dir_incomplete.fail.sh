# certificates only in /etc/pki/qemu, but an empty /etc/pki/libvirt-vnc exists and libvirt uses it
host_base
qemu_conf 'vnc_tls = 1'
spice_certs /etc/pki/qemu 0600
mkdir -p "$ROOT/etc/pki/libvirt-vnc"
