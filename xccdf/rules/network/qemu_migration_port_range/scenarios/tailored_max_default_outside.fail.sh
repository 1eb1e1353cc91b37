# only the lower end is set; libvirt's built-in upper end 49215 exceeds the allowed 49200
# value: migration_port_max=49200
host_base
qemu_conf 'migration_port_min = 49152'
