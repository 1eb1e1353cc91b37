# evidence: result=pass guest=db01 definition=persistent disk=vda backing_layer=1 protocol=rbd source=rbd/base auth=yes
host_base
define_guest db01 "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/db01.qcow2'/><backingStore type='network' index='1'><format type='raw'/><source protocol='rbd' name='rbd/base'><host name='192.0.2.6'/><auth username='libvirt'><secret type='ceph' usage='client.libvirt'/></auth></source><backingStore/></backingStore><target dev='vda'/></disk>"
