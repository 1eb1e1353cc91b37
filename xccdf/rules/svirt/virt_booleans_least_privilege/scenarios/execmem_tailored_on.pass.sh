# value: sebool_virt_use_execmem=on
# evidence: result=pass boolean=virt_use_execmem expected=on current=on pending=on
host_base
virt_booleans 0 0
boolean virt_use_execmem 1 1
mounted /dev/vda1 / ext4
