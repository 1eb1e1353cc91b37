# wheel shares gid 0 here
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
printf 'wheel:x:0:admin\n' >> "$ROOT/etc/group"
qemu_conf 'group = "wheel"'
