# evidence: result=error pool=vms .*unparsable label
host_base
label /var/lib/libvirt/images/ system_u:object_r:virt_image_t:s0
label /srv/vms/ 'system_u:object_r:virt_image_t'$'\033''[31m:s0'
image_pool vms dir /srv/vms
