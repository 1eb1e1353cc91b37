# the first assignment counts: the later root changes nothing
# evidence: value=qemu gid=108
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
qemu_conf 'group = "qemu"' 'group = "root"'
