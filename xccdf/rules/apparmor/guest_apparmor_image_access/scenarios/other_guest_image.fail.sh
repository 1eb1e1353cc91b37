# A disk of db01 was hot-added to web01's files list by hand.
# evidence: result=fail guest=web01 .*reason="lets the guest write db01's image /var/lib/libvirt/images/db01.qcow2"
# evidence: result=pass guest=db01
apparmor_host_base
apparmor_running_guest web01 4101 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)"
apparmor_running_guest db01 4102 "$(file_disk /var/lib/libvirt/images/db01.qcow2 vda)"
apparmor_files_rule web01 '"/var/lib/libvirt/images/db01.qcow2" rwk,'
