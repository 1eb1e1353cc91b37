# A host disk the guest was never given, added to its files list by hand.
# evidence: result=fail guest=web01 .*rule="/dev/sdc rwk" reason="lets the guest write host block device /dev/sdc, not one of its disks"
apparmor_host_base
block_device sdc
apparmor_running_guest web01 4101 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)"
apparmor_files_rule web01 '"/dev/sdc" rwk,'
