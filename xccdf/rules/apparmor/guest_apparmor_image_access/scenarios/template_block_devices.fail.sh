# TEMPLATE.qemu widened with raw disks: every guest created from it may write them.
# evidence: result=fail scope=all-guests file=/etc/apparmor.d/libvirt/TEMPLATE.qemu .*reason="lets guests write raw block devices
apparmor_host_base
sed -i 's|^}|  /dev/sd[a-z]* rwk,\n}|' "$ROOT/etc/apparmor.d/libvirt/TEMPLATE.qemu"
