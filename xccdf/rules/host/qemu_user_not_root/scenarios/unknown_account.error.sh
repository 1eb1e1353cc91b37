# a name neither /etc/passwd nor a number: libvirt refuses qemu.conf
host_base
host_file /etc/passwd 'root:x:0:0:root:/root:/bin/bash'
qemu_conf 'user = "qemu"'
