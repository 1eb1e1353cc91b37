# value: sebool_virt_read_qemu_ga_data=on
# evidence: result=pass boolean=virt_read_qemu_ga_data expected=on current=on pending=on
host_base
virt_booleans 0 0
boolean virt_read_qemu_ga_data 1 1
