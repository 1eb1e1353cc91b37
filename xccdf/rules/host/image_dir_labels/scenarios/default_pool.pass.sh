# The default pool is the default directory: judged once, under the pool's name.
# evidence: result=pass pool=default type=dir path=/var/lib/libvirt/images
host_base
label /var/lib/libvirt/images/ system_u:object_r:virt_image_t:s0
image_pool default dir /var/lib/libvirt/images
