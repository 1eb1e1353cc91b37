# libvirtd --listen without socket activation, listen_tls left at its default (on)
host_base
host_file /etc/sysconfig/libvirtd 'LIBVIRTD_ARGS="--listen"'
host_file /etc/libvirt/libvirtd.conf '#listen_tls = 0'
libvirt_tls_certs 0644
