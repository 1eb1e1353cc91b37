# The local override of the abstraction lets every guest write all home directories.
# evidence: result=fail scope=all-guests file=/etc/apparmor.d/local/abstractions/libvirt-qemu line=1 rule="owner @\{HOME\}/\*\* rw" reason="lets guests write /home
apparmor_host_base
apparmor_running_guest web01 4101
printf '  owner @{HOME}/** rw,\n' > "$ROOT/etc/apparmor.d/local/abstractions/libvirt-qemu"
