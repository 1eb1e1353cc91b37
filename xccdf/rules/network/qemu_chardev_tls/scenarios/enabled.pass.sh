host_base
qemu_conf 'chardev_tls = 1'
