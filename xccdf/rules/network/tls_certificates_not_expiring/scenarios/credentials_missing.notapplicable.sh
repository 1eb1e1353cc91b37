# spice_tls on, no credentials at all: nothing here to judge for expiry (the acceptance rule fails it).
host_base
qemu_conf 'spice_tls = 1'
