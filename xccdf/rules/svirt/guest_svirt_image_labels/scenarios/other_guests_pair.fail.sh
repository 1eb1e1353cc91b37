# The image carries another pair than its guest's process: another guest could open it.
# evidence: result=fail guest=web01 pid=4101 file=/var/lib/libvirt/images/web01.qcow2 role="disk vda" use=private expected=svirt_image_t:s0:c1,c2 label=system_u:object_r:svirt_image_t:s0:c3,c4 reason=
host_base
label /var/lib/libvirt/images/web01.qcow2 system_u:object_r:svirt_image_t:s0:c3,c4
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)"
