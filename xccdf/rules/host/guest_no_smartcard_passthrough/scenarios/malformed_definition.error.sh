# evidence: result=error object=/etc/libvirt/qemu/desk02.xml
host_base
printf '<domain><name>desk02</name><devices><smartcard mode="host">' > "$ROOT/etc/libvirt/qemu/desk02.xml"
