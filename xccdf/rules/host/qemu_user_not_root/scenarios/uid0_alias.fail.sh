# toor is another name for uid 0
host_base
host_file /etc/passwd 'root:x:0:0:root:/root:/bin/bash' 'qemu:x:107:107:qemu user:/:/sbin/nologin'
printf 'toor:x:0:0:second root:/root:/bin/sh\n' >> "$ROOT/etc/passwd"
qemu_conf 'user = "toor"'
