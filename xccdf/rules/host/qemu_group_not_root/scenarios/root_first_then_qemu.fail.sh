# remediation: pass
# The first assignment is root; "qemu" below it changes nothing. A ';' separates statements.
# evidence: value=root gid=0
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
qemu_conf 'user = "qemu"; group = "root"' 'group = "qemu"'
