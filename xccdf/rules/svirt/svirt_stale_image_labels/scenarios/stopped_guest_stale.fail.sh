# evidence: result=fail file=/var/lib/libvirt/images/db01.qcow2 label=system_u:object_r:svirt_image_t:s0:c5,c6 reason="stale sVirt MCS label: no running guest uses it"
host_base
label /var/lib/libvirt/images/db01.qcow2 system_u:object_r:svirt_image_t:s0:c5,c6
define_guest db01 "$(file_disk /var/lib/libvirt/images/db01.qcow2 vda)"
