# A file in a pool directory that no guest names still carries the pair of a running guest.
# evidence: result=fail file=/srv/pool/old.qcow2 .*running guest web01 may open it
host_base
image_pool vms dir /srv/pool
label /srv/pool/old.qcow2 system_u:object_r:svirt_image_t:s0:c1,c2
label /srv/pool/web01.qcow2 system_u:object_r:svirt_image_t:s0:c1,c2
define_and_run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(file_disk /srv/pool/web01.qcow2 vda)"
