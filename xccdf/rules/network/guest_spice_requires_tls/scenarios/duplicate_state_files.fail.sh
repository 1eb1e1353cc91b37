# Two state files claim one running guest: both processes are judged.
# evidence: result=fail guest=web01 definition=live defaultMode=any
# evidence: result=error object="guest web01" reason="two state files
host_base
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$SPICE_SECURE"
mv "$ROOT/run/libvirt/qemu/web01.xml" "$ROOT/run/libvirt/qemu/a.xml"
run_guest web01 4102 system_u:system_r:svirt_t:s0:c3,c4 "$SPICE_PLAIN"
