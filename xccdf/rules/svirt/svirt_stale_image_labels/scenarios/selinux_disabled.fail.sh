# evidence: result=fail selinux=disabled
host_base
selinux_off_by_config
label /var/lib/libvirt/images/db01.qcow2 system_u:object_r:virt_image_t:s0
