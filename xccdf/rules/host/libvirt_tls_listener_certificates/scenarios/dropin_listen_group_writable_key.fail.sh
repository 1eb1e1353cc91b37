host_base
host_file /etc/systemd/system/libvirtd.service.d/listen.conf '[Service]' 'ExecStart=' 'ExecStart=/usr/sbin/libvirtd --listen $LIBVIRTD_ARGS'
libvirt_tls_certs 0660
