# libvirt reads the first user assignment only; a later "root" is never used.
# evidence: value=qemu uid=107
host_base
host_file /etc/passwd 'root:x:0:0:root:/root:/bin/bash' 'qemu:x:107:107:qemu user:/:/sbin/nologin'
qemu_conf 'user = "qemu"' 'user = "root"'
