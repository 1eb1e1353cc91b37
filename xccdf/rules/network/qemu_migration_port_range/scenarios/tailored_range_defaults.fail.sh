# the site moved the range; libvirt's built-in 49152-49215 no longer fits
# value: migration_port_min=50000
# value: migration_port_max=50010
host_base
