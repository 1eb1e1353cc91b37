# vnc_tls defaults to 0: certificates alone do not enable TLS
host_base
spice_certs /etc/pki/qemu 0600
