# evidence: result=error object=/etc/libvirt/qemu/web02.xml
host_base
printf '<domain><name>web02</name><devices><filesystem type="mount">' > "$ROOT/etc/libvirt/qemu/web02.xml"
