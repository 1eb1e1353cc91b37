# libvirt refuses a group that is neither in /etc/group nor a number
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
qemu_conf 'group = "nosuchgroup"'
