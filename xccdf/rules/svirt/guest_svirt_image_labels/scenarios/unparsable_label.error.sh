# evidence: result=error guest=web01 .*file=/srv/web01.img .*unparsable label
host_base
label /srv/web01.img 'system_u:object_r:svirt_image_t:s0:c1,c1024'
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(file_disk /srv/web01.img vda)"
