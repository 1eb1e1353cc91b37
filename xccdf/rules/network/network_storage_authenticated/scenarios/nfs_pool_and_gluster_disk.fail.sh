# evidence: result=fail pool=nfs01 type=netfs format=nfs auth=none reason="protocol offers libvirt no authentication"
# evidence: result=fail guest=web01 definition=persistent disk=vda protocol=gluster
host_base
storage_pool nfs01 netfs "<host name='192.0.2.7'/><dir path='/exports/images'/><format type='nfs'/>"
define_guest web01 "<disk type='network' device='disk'><source protocol='gluster' name='vol/web01.img'><host name='192.0.2.8'/></source><target dev='vda'/></disk>"
