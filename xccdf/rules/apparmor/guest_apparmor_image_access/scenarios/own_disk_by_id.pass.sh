# A disk given by a /dev/disk/by-id link: virt-aa-helper writes the device it resolves to.
# evidence: result=pass guest=db01 .*writable_rules=6
apparmor_host_base
block_device sdb1 partition
dev_link /dev/disk/by-id/wwn-0x5000c500a1b2c3d4-part1 ../../sdb1
define_guest db01 "$(block_disk /dev/disk/by-id/wwn-0x5000c500a1b2c3d4-part1)"
run_guest db01 4102 "" "$(block_disk /dev/disk/by-id/wwn-0x5000c500a1b2c3d4-part1)" "$(apparmor_dynamic db01)"
apparmor_guest_profile db01
sed -i 's|"/dev/disk/by-id/wwn-0x5000c500a1b2c3d4-part1"|"/dev/sdb1"|' "$ROOT/etc/apparmor.d/libvirt/libvirt-$(uuid_for db01).files"
