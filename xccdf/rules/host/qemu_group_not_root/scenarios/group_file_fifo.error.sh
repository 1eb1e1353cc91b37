# /etc/group is a FIFO: "qemu" cannot be resolved
host_base
mkfifo "$ROOT/etc/group"
qemu_conf 'group = "qemu"'
