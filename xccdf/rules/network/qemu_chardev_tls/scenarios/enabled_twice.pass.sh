host_base
qemu_conf 'chardev_tls=1' 'chardev_tls = 1   # set again below the defaults block'
