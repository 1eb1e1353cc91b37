# A stopped guest's image got its label restored; the running guest's own image is not judged
# here; an ISO in the default directory carries shared content.
# evidence: result=pass file=/var/lib/libvirt/images/db01.qcow2 label=system_u:object_r:virt_image_t:s0
# evidence: result=pass file=/var/lib/libvirt/images/install.iso label=system_u:object_r:virt_content_t:s0
host_base
label /var/lib/libvirt/images/db01.qcow2 system_u:object_r:virt_image_t:s0
label /var/lib/libvirt/images/web01.qcow2 system_u:object_r:svirt_image_t:s0:c1,c2
label /var/lib/libvirt/images/install.iso system_u:object_r:virt_content_t:s0
define_guest db01 "$(file_disk /var/lib/libvirt/images/db01.qcow2 vda)"
define_and_run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)"
