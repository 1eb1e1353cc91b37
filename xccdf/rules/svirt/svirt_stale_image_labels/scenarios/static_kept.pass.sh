# A statically labelled guest without relabelling keeps its label by design.
# evidence: result=pass file=/srv/mls01.img label=system_u:object_r:svirt_image_t:s0:c10,c20 kept=
host_base
label /srv/mls01.img system_u:object_r:svirt_image_t:s0:c10,c20
define_guest mls01 "$(file_disk /srv/mls01.img vda)" "$(svirt_static system_u:system_r:svirt_t:s0:c10,c20 no)"
