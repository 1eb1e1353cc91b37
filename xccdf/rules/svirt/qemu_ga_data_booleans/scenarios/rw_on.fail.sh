# evidence: result=fail boolean=virt_rw_qemu_ga_data expected=off current=on pending=on reason="on, but expected off"
host_base
virt_booleans 0 0
boolean virt_rw_qemu_ga_data 1 1
