# QEMU opens every layer of a backing chain: an RBD base image without <auth> is unauthenticated
# network storage even when the top layer is local.
# evidence: result=fail guest=db01 definition=persistent disk=vda backing_layer=1 protocol=rbd source=rbd/base auth=none
host_base
define_guest db01 "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/db01.qcow2'/><backingStore type='network' index='1'><format type='raw'/><source protocol='rbd' name='rbd/base'><host name='192.0.2.6'/></source><backingStore/></backingStore><target dev='vda'/></disk>"
