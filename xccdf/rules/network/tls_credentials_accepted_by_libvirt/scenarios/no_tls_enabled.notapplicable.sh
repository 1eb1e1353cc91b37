# Certificates on disk but no TLS endpoint switched on: nothing libvirt would load.
host_base
valid_tls_set
qemu_tls_dir /etc/pki/qemu ca server
