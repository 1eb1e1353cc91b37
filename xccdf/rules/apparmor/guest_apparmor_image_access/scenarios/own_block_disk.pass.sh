# A guest given a host partition may write that device, and only it.
# evidence: result=pass guest=db01 .*writable_rules=6
apparmor_host_base
block_device sdb1 partition
apparmor_running_guest db01 4102 "$(block_disk /dev/sdb1)"
