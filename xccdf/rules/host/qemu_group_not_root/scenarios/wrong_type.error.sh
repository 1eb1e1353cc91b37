# group = 107 is a number where libvirt reads a string: libvirt refuses qemu.conf
host_base
qemu_conf 'group = 107'
