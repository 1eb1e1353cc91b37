# every namespaces line counts
host_base
qemu_conf 'namespaces = [ "mount" ]' 'namespaces=[ ]'
