# evidence: result=error object=/etc/libvirt/qemu/vdi02.xml
host_base
printf '<domain><name>vdi02</name><devices><hostdev type="mdev">' > "$ROOT/etc/libvirt/qemu/vdi02.xml"
