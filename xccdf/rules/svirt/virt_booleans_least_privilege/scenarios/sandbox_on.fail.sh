# evidence: result=fail boolean=virt_sandbox_use_audit expected=off current=on pending=on
host_base
virt_booleans 0 0
boolean virt_sandbox_use_audit 1 1
mounted /dev/vda1 / ext4
