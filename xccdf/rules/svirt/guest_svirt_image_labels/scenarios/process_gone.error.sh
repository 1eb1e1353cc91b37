# The guest exited mid-scan: without its process label no image can be judged.
# evidence: result=error guest=web01 pid=4101 object=/proc/4101 reason=.*no such process
host_base
label /srv/web01.img system_u:object_r:svirt_image_t:s0:c1,c2
run_guest web01 4101 "" "$(file_disk /srv/web01.img vda)"
