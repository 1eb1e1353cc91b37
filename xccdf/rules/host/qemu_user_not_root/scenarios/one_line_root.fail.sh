# every user line counts
host_base
host_file /etc/passwd 'root:x:0:0:root:/root:/bin/bash' 'qemu:x:107:107:qemu user:/:/sbin/nologin'
qemu_conf 'user = "qemu"' 'user = "root"'
