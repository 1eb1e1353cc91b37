host_base
qemu_conf 'migration_port_min = 49152' 'migration_port_max = 49216'
