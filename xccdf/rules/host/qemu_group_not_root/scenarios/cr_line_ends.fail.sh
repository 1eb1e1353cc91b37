# remediation: pass
# a lone carriage return ends a statement: group is root, the qemu after it comes second
# evidence: value=root gid=0
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
printf 'group = "root"\rgroup = "qemu"\r' >> "$ROOT/etc/libvirt/qemu.conf"
