# Nothing needs a boolean and all are off.
# evidence: result=pass boolean=virt_use_nfs expected=auto needed_by=none current=off pending=off
# evidence: result=pass boolean=virt_sandbox_use_audit expected=off current=off pending=off
# evidence: result=pass boolean=virt_use_execmem expected=off current=off pending=off
host_base
virt_booleans 0 0
mounted /dev/vda1 / ext4
label /var/lib/libvirt/images/web01.qcow2 system_u:object_r:svirt_image_t:s0:c1,c2
define_guest web01 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)"
