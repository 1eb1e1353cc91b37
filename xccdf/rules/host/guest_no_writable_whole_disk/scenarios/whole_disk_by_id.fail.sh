# evidence: result=fail guest=db01 source=/dev/disk/by-id/wwn-0x5000c500a1b2c3d4 target=vdb access=read-write .*resolved=/dev/sdb kind="whole disk" reason=
host_base
block_device sdb
dev_link /dev/disk/by-id/wwn-0x5000c500a1b2c3d4 ../../sdb
define_guest db01 "$(block_disk /dev/disk/by-id/wwn-0x5000c500a1b2c3d4)"
