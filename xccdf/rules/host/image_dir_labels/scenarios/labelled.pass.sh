# evidence: result=pass pool=vms type=dir path=/srv/vms label=system_u:object_r:virt_image_t:s0
# evidence: result=pass pool="\(default directory\)" path=/var/lib/libvirt/images label=system_u:object_r:virt_image_t:s0
# evidence: pool=nfs01 type=netfs judged=no
host_base
label /var/lib/libvirt/images/ system_u:object_r:virt_image_t:s0
label /srv/vms/ system_u:object_r:virt_image_t:s0
image_pool vms dir /srv/vms/
image_pool nfs01 netfs /mnt/nfs01 "<host name='nfs.example.com'/><dir path='/export'/><format type='nfs'/>"
