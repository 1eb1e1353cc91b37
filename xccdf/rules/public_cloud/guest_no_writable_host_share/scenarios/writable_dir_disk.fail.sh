# <disk type='dir'> gives the guest a host directory as a FAT disk (QEMU vvfat): a share.
# evidence: result=fail guest=web01 definition=persistent type=disk-dir source=/srv/export target=hdb access=read-write
host_base
define_guest web01 "<disk type='dir' device='disk'><driver name='qemu' type='fat'/><source dir='/srv/export'/><target dev='hdb' bus='ide'/></disk>"
