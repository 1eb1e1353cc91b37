host_base
qemu_conf 'migration_port_min = 49160   # eight ports' 'migration_port_max=49167'
