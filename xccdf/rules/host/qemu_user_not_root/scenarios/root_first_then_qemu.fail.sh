# remediation: pass
# The first assignment is root; "qemu" below it changes nothing. A ';' separates statements.
# evidence: value=root uid=0
host_base
host_file /etc/passwd 'root:x:0:0:root:/root:/bin/bash' 'qemu:x:107:107:qemu user:/:/sbin/nologin'
qemu_conf 'group = "qemu"; user = "root"' 'user = "qemu"'
