host_base
qemu_conf 'vnc_tls = 0'
spice_certs /etc/pki/qemu 0600
