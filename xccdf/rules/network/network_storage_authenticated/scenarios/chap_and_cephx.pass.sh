# evidence: result=pass pool=san01 type=iscsi auth=chap
# evidence: result=pass guest=db01 definition=persistent disk=vdb protocol=rbd source=rbd/db01 auth=yes
host_base
storage_pool san01 iscsi "<host name='192.0.2.5'/><device path='iqn.2013-06.com.example:san01'/><auth type='chap' username='libvirt'><secret usage='libvirtiscsi'/></auth>"
storage_pool local dir ""
define_guest db01 "<disk type='network' device='disk'><source protocol='rbd' name='rbd/db01'><host name='192.0.2.6'/><auth username='libvirt'><secret type='ceph' usage='client.libvirt'/></auth></source><target dev='vdb'/></disk>"
