# Debian's own TEMPLATE.qemu and libvirt-qemu abstraction, files lists as virt-aa-helper writes them.
# evidence: result=pass scope=all-guests .*widened=no
# evidence: result=pass guest=web01 .*others_images=none
apparmor_host_base
apparmor_running_guest web01 4101 "$(file_disk /var/lib/libvirt/images/web01.qcow2 vda)$(file_disk /var/lib/libvirt/images/debian.iso sda '<readonly/>' cdrom)"
apparmor_running_guest db01 4102 "$(file_disk /var/lib/libvirt/images/db01.qcow2 vda)$(file_disk /var/lib/libvirt/images/debian.iso sda '<readonly/>' cdrom)"
