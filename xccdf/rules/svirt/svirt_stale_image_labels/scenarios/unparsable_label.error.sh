# evidence: result=error file=/var/lib/libvirt/images/db01.qcow2 .*unparsable label
host_base
label /var/lib/libvirt/images/db01.qcow2 'system_u:object_r:svirt_image_t:s0:c5.c5'
