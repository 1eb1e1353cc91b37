# evidence: result=fail guest=mls01 file=/srv/mls01.img .*expected=svirt_image_t:s0:c10,c20 label=system_u:object_r:virt_image_t:s0
host_base
label /srv/mls01.img system_u:object_r:virt_image_t:s0
define_guest mls01 "$(file_disk /srv/mls01.img vda)" "$(svirt_static system_u:system_r:svirt_t:s0:c10,c20 no)"
