# Two running guests of one name (two state files) whose QEMU processes share an MCS pair:
# the pair is shared between two guests, whatever their names.
# evidence: result=fail guest=web01 pid=4101 .*shared with web01
# evidence: result=fail guest=web01 pid=4102 .*shared with web01
# evidence: result=error object="guest web01" reason="two state files
host_base
run_guest web01 4101 system_u:system_r:svirt_t:s0:c3,c4 "" "$(svirt_dynamic system_u:system_r:svirt_t:s0:c3,c4)"
mv "$ROOT/run/libvirt/qemu/web01.xml" "$ROOT/run/libvirt/qemu/a.xml"
run_guest web01 4102 system_u:system_r:svirt_t:s0:c3,c4 "" "$(svirt_dynamic system_u:system_r:svirt_t:s0:c3,c4)"
