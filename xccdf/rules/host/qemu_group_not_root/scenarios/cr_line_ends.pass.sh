# a lone carriage return ends a statement: group is qemu, the root after it comes second
# evidence: value=qemu gid=108
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
printf 'group = "qemu"\rgroup = "root"\r' >> "$ROOT/etc/libvirt/qemu.conf"
