# evidence: result=fail boolean=virt_use_execmem expected=off current=off pending=on reason=
host_base
virt_booleans 0 0
boolean virt_use_execmem 0 1
mounted /dev/vda1 / ext4
