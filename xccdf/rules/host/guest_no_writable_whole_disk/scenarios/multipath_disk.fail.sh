# evidence: result=fail guest=db01 source=/dev/mapper/mpatha .*kind="whole disk \(multipath\)"
host_base
block_device dm-0 dm mpath-3600508b400105e210000900000490000
dev_link /dev/mapper/mpatha ../dm-0
define_guest db01 "$(block_disk /dev/mapper/mpatha)"
