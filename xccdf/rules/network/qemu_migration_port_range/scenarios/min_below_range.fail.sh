host_base
qemu_conf 'migration_port_min = 1024' 'migration_port_max = 49215'
