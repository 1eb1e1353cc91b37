# evidence: result=pass guest=db01 source=/dev/disk/by-id/wwn-0x5000c500a1b2c3d4-part1 .*resolved=/dev/sdb1 kind=partition
# evidence: result=pass guest=db02 source=/dev/vg0/db02 .*resolved=/dev/dm-3 kind="logical volume"
host_base
block_device sdb1 partition
block_device dm-3 dm LVM-Xw3Yk0aQnb4eY2oYbc8YlN5rmsZ2dCjcuXq8IdtkE7vDHUmGW8Jc7KkLr3mLkWtq
dev_link /dev/disk/by-id/wwn-0x5000c500a1b2c3d4-part1 ../../sdb1
dev_link /dev/vg0/db02 ../dm-3
define_and_run_guest db01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(block_disk /dev/disk/by-id/wwn-0x5000c500a1b2c3d4-part1)"
define_guest db02 "$(block_disk /dev/vg0/db02)"
