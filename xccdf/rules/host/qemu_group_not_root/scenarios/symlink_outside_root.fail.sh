# qemu.conf is a link that climbs above the root: it is read inside the root, as the host's
# libvirt reads it, never on the scanning machine
# evidence: value=root gid=0
host_base
host_file /etc/group 'root:x:0:' 'kvm:x:107:qemu' 'qemu:x:108:'
host_file /srv/site/qemu.conf 'group = "root"'
rm -f "$ROOT/etc/libvirt/qemu.conf"
ln -s ../../../../../../../../srv/site/qemu.conf "$ROOT/etc/libvirt/qemu.conf"
