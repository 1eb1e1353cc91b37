# evidence: result=error object=/etc/libvirt/qemu/web02.xml
host_base
define_guest web01 "<interface type='network'><source network='tenant1'/><filterref filter='clean-traffic'/></interface>"
printf '<domain><name>web02</name><devices><interface type="network">' > "$ROOT/etc/libvirt/qemu/web02.xml"
