# The image is on NFS, through a symbolic link: virt_use_nfs is needed and on.
# evidence: result=pass boolean=virt_use_nfs expected=auto needed_by=web01 current=on pending=on
host_base
virt_booleans 0 0
boolean virt_use_nfs 1 1
mounted /dev/vda1 / ext4
mounted nfs.example.com:/export /mnt/nfs nfs4
label /mnt/nfs/web01.qcow2 system_u:object_r:nfs_t:s0
mkdir -p "$ROOT/var/lib/libvirt/images"
ln -s /mnt/nfs/web01.qcow2 "$ROOT/var/lib/libvirt/images/web01.qcow2"
define_guest web01 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)"
