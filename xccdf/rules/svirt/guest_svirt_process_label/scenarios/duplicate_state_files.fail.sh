# Two state files claim one guest name: each is judged by its own QEMU process, so the
# unconfined one fails even though the other is confined (and the conflict is reported).
# evidence: result=fail guest=web01 pid=4101 label=unconfined_u:unconfined_r:unconfined_t:s0
# evidence: result=pass guest=web01 pid=4102 label=system_u:system_r:svirt_t:s0:c3,c4
# evidence: result=error object="guest web01" reason="two state files
host_base
run_guest web01 4101 unconfined_u:unconfined_r:unconfined_t:s0 "" "$(svirt_dynamic unconfined_u:unconfined_r:unconfined_t:s0)"
mv "$ROOT/run/libvirt/qemu/web01.xml" "$ROOT/run/libvirt/qemu/a.xml"
run_guest web01 4102 system_u:system_r:svirt_t:s0:c3,c4 "" "$(svirt_dynamic system_u:system_r:svirt_t:s0:c3,c4)"
