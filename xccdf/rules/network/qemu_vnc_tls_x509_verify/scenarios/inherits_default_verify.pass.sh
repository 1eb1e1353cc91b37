# unset: libvirt takes default_tls_x509_verify
host_base
qemu_conf 'default_tls_x509_verify = 1  # every TLS service verifies clients'
