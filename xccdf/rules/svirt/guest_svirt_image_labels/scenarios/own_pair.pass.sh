# A private disk with the guest's own pair, a read-only ISO, a shareable disk with the shared label.
# evidence: result=pass guest=web01 pid=4101 file=/var/lib/libvirt/images/web01.qcow2 role="disk vda" use=private expected=svirt_image_t:s0:c1,c2 label=system_u:object_r:svirt_image_t:s0:c1,c2
# evidence: result=pass guest=web01 .*use=readonly expected=.* label=system_u:object_r:virt_content_t:s0
# evidence: result=pass guest=web01 .*use=shared expected=svirt_image_t:s0 label=system_u:object_r:svirt_image_t:s0$
host_base
label /var/lib/libvirt/images/web01.qcow2 system_u:object_r:svirt_image_t:s0:c1,c2
label /var/lib/libvirt/images/install.iso system_u:object_r:virt_content_t:s0
label /var/lib/libvirt/images/cluster.img system_u:object_r:svirt_image_t:s0
disks="$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)$(file_disk /var/lib/libvirt/images/install.iso hdc '<readonly/>' cdrom)$(file_disk /var/lib/libvirt/images/cluster.img vdb '<shareable/>')"
define_guest web01 "$disks"
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$disks" "$(svirt_dynamic system_u:system_r:svirt_t:s0:c1,c2)"
