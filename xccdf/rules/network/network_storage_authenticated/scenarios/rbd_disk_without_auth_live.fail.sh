# evidence: result=fail guest=db01 definition=live disk=vdc protocol=rbd .*auth=none
host_base
define_guest db01 "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/db01.qcow2'/><target dev='vda'/></disk>"
run_guest db01 4101 system_u:system_r:svirt_t:s0:c1,c2 "<disk type='network' device='disk'><source protocol='rbd' name='rbd/extra'><host name='192.0.2.6'/></source><target dev='vdc'/></disk>"
