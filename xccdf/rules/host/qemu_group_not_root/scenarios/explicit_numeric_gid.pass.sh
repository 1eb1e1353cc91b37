# evidence: gid=107 from=number
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
qemu_conf 'group = "+107"'
