# evidence: result=error object=/etc/libvirt/storage/broken.xml
host_base
label /var/lib/libvirt/images/ system_u:object_r:virt_image_t:s0
mkdir -p "$ROOT/etc/libvirt/storage" && printf "<pool type='dir'><name>broken" > "$ROOT/etc/libvirt/storage/broken.xml"
