# vnc_tls on; no directory configured: libvirt uses /etc/pki/qemu
host_base
qemu_conf 'vnc_tls = 1'
spice_certs /etc/pki/qemu 0600
