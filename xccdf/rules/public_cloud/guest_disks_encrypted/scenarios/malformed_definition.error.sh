# evidence: result=error object=/etc/libvirt/qemu/web02.xml
host_base
define_guest db01 "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/db01.qcow2'><encryption format='luks'/></source><target dev='vda'/></disk>"
printf '<domain><name>web02</name><devices><disk type="file">' > "$ROOT/etc/libvirt/qemu/web02.xml"
