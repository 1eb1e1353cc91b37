host_base
qemu_conf 'vnc_tls = 1'
spice_certs /etc/pki/qemu 0660
