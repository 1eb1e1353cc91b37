# evidence: result=error guest=db01 source=/dev/disk/by-id/wwn-0x5000c500deadbeef .*reason=
host_base
dev_link /dev/disk/by-id/wwn-0x5000c500deadbeef ../../sdz
define_guest db01 "$(block_disk /dev/disk/by-id/wwn-0x5000c500deadbeef)"
