# evidence: result=error guest=mls01 .*file=/srv/mls01.img .*unparsable label
host_base
label /srv/mls01.img 'svirt_image_t:s0:c10,c20'
define_guest mls01 "$(file_disk /srv/mls01.img vda)" "$(svirt_static system_u:system_r:svirt_t:s0:c10,c20 no)"
