# listen_tls = 0 ended by a lone carriage return still switches the listener off
host_base
host_file /etc/default/libvirtd 'LIBVIRTD_ARGS="--listen"'
printf 'listen_tls = 0\r' > "$ROOT/etc/libvirt/libvirtd.conf"
