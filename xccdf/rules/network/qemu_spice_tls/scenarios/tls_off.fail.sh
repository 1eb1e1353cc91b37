# remediation: pass
host_base
qemu_conf 'spice_tls = 0'
spice_certs /etc/pki/qemu 0640
