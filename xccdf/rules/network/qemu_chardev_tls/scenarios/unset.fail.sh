# libvirt's default (0): TCP character devices in plaintext
host_base
qemu_conf 'chardev_tls_x509_verify = 1'
