host_base
host_file /etc/libvirt/virtproxyd.conf 'listen_tcp = 0'
