# libvirt reads "-0" as a number (virStrToLong_ui wraps "-N" around): uid 0
# evidence: uid=0 from=number
host_base
host_file /etc/passwd 'root:x:0:0:root:/root:/bin/bash' 'qemu:x:107:107:qemu user:/:/sbin/nologin'
qemu_conf 'user = "-0"'
