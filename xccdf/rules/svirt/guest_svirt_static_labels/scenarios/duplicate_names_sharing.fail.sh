# Two definitions of one guest name (a conflict libvirt resolves by keeping one) with the same
# static MCS range: each is judged as a guest of its own, so the range is shared, not unique.
# evidence: result=fail guest=a01 labelling=static .*reason="MCS s0:c10,c20 also used by a01"
# evidence: result=error object="guest a01" reason="two definitions
host_base
define_guest a01 "" "$(svirt_static system_u:system_r:svirt_t:s0:c10,c20 yes)"
mv "$ROOT/etc/libvirt/qemu/a01.xml" "$ROOT/etc/libvirt/qemu/a.xml"
define_guest a01 "" "$(svirt_static system_u:system_r:svirt_t:s0:c20,c10 yes)"
