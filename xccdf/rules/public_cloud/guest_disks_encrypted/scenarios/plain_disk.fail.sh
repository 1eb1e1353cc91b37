# evidence: result=fail guest=web01 definition=persistent disk=vda .*encryption=none reason="not LUKS-encrypted"
host_base
define_guest web01 "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/web01.qcow2'/><target dev='vda'/></disk>"
