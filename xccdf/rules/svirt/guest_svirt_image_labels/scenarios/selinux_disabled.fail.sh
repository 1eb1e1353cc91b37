# evidence: result=fail selinux=disabled
host_base
selinux_off_by_config
label /srv/web01.img system_u:object_r:svirt_image_t:s0:c1,c2
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(file_disk /srv/web01.img vda)"
