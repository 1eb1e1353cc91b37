# libvirt reads "-0" as a number (virStrToLong_ui): gid 0
# evidence: gid=0 from=number
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
qemu_conf 'group = "-0"'
