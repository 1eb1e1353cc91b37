# evidence: result=pass guest=web01 pid=4101 label="libvirt-[0-9a-f-]+ \(enforce\)"
# evidence: result=pass guest=db01 pid=4102
apparmor_host_base
apparmor_running_guest web01 4101 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)"
apparmor_running_guest db01 4102 "$(file_disk /var/lib/libvirt/images/db01.qcow2 vda)"
