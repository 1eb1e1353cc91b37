# A half-uncommented list: virconf does not skip comments inside a list, so libvirt refuses the
# whole file (it would not start); never read as an empty list or as "mount".
host_base
qemu_conf 'namespaces = [' '  # "mount"' ']'
