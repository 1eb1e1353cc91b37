# A shareable disk must carry the shared label, not one guest's pair.
# evidence: result=fail guest=web01 .*use=shared expected=svirt_image_t:s0 label=system_u:object_r:svirt_image_t:s0:c1,c2 reason=
host_base
label /srv/shared.img system_u:object_r:svirt_image_t:s0:c1,c2
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(file_disk /srv/shared.img vdb '<shareable/>')"
