# every vnc_tls line must say 1
host_base
qemu_conf 'vnc_tls = 1' 'vnc_tls = 0'
spice_certs /etc/pki/qemu 0600
