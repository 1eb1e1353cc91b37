# virt_use_nfs is on although no guest image is on NFS.
# evidence: result=fail boolean=virt_use_nfs expected=auto needed_by=none current=on pending=on reason="on, but no guest needs it"
host_base
virt_booleans 0 0
boolean virt_use_nfs 1 1
mounted /dev/vda1 / ext4
mounted nfs.example.com:/export /mnt/nfs nfs4
label /var/lib/libvirt/images/web01.qcow2 system_u:object_r:virt_image_t:s0
define_guest web01 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)"
