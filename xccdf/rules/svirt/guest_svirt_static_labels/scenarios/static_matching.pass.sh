# A static label without relabelling, its image labelled to match; a dynamic guest beside it.
# evidence: result=pass guest=mls01 labelling=static label=system_u:system_r:svirt_t:s0:c10,c20 relabel=no
# evidence: result=pass guest=mls01 file=/srv/mls01.img role="disk vda" use=private expected=svirt_image_t:s0:c10,c20
# evidence: result=pass guest=web01 labelling=dynamic
host_base
label /srv/mls01.img system_u:object_r:svirt_image_t:s0:c10,c20
define_guest mls01 "$(file_disk /srv/mls01.img vda)" "$(svirt_static system_u:system_r:svirt_t:s0:c10,c20 no)"
define_guest web01 "" "$(svirt_dynamic)"
