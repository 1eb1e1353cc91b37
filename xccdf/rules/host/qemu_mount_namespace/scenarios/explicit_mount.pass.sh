host_base
qemu_conf 'namespaces = [ "mount" ]'
