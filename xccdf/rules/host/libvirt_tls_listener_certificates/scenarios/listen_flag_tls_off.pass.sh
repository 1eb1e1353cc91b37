# --listen with listen_tls = 0: no TLS listener (the TCP one is judged elsewhere)
host_base
host_file /etc/default/libvirtd 'LIBVIRTD_ARGS="--listen"'
host_file /etc/libvirt/libvirtd.conf 'listen_tls = 0'
