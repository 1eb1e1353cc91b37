# evidence: result=fail guest=web01 .*encryption=qcow reason="legacy qcow encryption is broken"
host_base
define_guest web01 "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/web01.qcow2'/><encryption format='qcow'/><target dev='vda'/></disk>"
