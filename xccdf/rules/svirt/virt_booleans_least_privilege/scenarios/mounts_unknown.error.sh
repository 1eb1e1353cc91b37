# Without the mount table it cannot be told whether a guest image is on NFS.
# evidence: result=error boolean=virt_use_nfs expected=auto needed_by=none current=off pending=off reason=.*/proc/mounts
host_base
virt_booleans 0 0
define_guest web01 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)"
