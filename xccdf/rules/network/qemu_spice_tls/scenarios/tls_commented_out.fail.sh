# remediation: pass
host_base
qemu_conf '#spice_tls = 1'
spice_certs /etc/pki/qemu 0640
