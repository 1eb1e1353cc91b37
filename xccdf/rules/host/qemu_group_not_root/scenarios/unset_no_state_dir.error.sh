# unset and no /var/lib/libvirt/qemu: the built-in group cannot be established
host_base
