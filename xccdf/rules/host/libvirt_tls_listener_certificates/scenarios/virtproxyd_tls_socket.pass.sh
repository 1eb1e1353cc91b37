# modular daemons: virtproxyd serves TLS with the default files
host_base
enable_unit virtproxyd-tls.socket sockets.target
libvirt_tls_certs 0400
