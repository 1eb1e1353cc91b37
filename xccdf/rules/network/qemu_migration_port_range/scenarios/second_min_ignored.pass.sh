# libvirt reads the first migration_port_min only: the later 40000 is ignored.
# evidence: key=migration_port_min value=49152
host_base
qemu_conf 'migration_port_min = 49152' 'migration_port_min = 40000'
