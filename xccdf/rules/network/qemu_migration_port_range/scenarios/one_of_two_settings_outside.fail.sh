# every migration_port_min line must be in range
host_base
qemu_conf 'migration_port_min = 49152' 'migration_port_min = 40000'
