# A running guest with the profile virt-aa-helper wrote; a guest defined but never started.
# evidence: result=pass guest=web01 definition=live profile=/etc/apparmor.d/libvirt/libvirt-[0-9a-f-]+ labelling=dynamic
# evidence: result=pass guest=db01 definition=persistent labelling=dynamic
apparmor_host_base
apparmor_running_guest web01 4101 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)"
define_guest db01 "$(file_disk /var/lib/libvirt/images/db01.qcow2 vda)"
