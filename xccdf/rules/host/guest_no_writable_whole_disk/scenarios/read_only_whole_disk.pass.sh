# evidence: result=pass guest=iso01 source=/dev/sdc target=vdb access=read-only .*kind="whole disk" note=
host_base
block_device sdc
define_guest iso01 "$(block_disk /dev/sdc readonly)"
