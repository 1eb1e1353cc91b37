# The running guest's image is not there (removed during the scan, or not in this root).
# evidence: result=error guest=web01 .*file=/srv/web01.img .*reason="no such file"
host_base
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(file_disk /srv/web01.img vda)"
