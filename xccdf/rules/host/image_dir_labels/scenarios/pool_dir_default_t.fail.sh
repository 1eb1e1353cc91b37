# evidence: result=fail pool=vms type=dir path=/srv/vms label=system_u:object_r:default_t:s0 reason="expected type virt_image_t"
host_base
label /var/lib/libvirt/images/ system_u:object_r:virt_image_t:s0
label /srv/vms/ system_u:object_r:default_t:s0
image_pool vms dir /srv/vms
