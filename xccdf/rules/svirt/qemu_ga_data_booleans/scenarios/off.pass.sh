# evidence: result=pass boolean=virt_read_qemu_ga_data expected=off current=off pending=off
# evidence: result=pass boolean=virt_rw_qemu_ga_data expected=off current=off pending=off
host_base
virt_booleans 0 0
