# an absolute link is resolved inside the root
# evidence: value=qemu gid=108
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
host_file /srv/site/qemu.conf 'group = "qemu"'
rm -f "$ROOT/etc/libvirt/qemu.conf"
ln -s /srv/site/qemu.conf "$ROOT/etc/libvirt/qemu.conf"
