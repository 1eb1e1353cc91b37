# getgrnam takes the first line of a name: this qemu group has gid 0
# evidence: value=qemu gid=0
host_base
host_file /etc/group 'root:x:0:' 'qemu:x:0:' 'qemu:x:108:'
qemu_conf 'group = "qemu"'
