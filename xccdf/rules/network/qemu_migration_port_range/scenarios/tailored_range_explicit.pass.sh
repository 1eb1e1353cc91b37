# value: migration_port_min=50000
# value: migration_port_max=50010
host_base
qemu_conf 'migration_port_min = 50000' 'migration_port_max = 50010'
