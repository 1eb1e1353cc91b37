host_base
qemu_conf 'migration_port_max = 49300'
