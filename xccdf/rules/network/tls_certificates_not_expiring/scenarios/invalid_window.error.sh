# value: tls_expiry_warning_days=thirty
# evidence: result=error value=TLS_EXPIRY_WARNING_DAYS
host_base
qemu_conf 'spice_tls = 1'
valid_tls_set
qemu_tls_dir /etc/pki/libvirt-spice ca server
