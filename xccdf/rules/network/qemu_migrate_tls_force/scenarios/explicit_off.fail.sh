host_base
qemu_conf 'migrate_tls_force = 0'
