# evidence: value=0 gid=0
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
qemu_conf 'group = "0"'
