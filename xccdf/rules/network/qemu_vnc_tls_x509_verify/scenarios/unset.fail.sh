# neither setting: libvirt does not verify VNC clients
host_base
qemu_conf 'vnc_tls = 1'
