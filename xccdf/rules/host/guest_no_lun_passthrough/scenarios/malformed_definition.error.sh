# evidence: result=error object=/etc/libvirt/qemu/cluster02.xml
host_base
printf '<domain><name>cluster02</name><devices><disk device="lun"' > "$ROOT/etc/libvirt/qemu/cluster02.xml"
