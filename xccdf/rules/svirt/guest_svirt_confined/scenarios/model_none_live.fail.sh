# Only the running guest was changed: its live definition has sVirt switched off.
# evidence: result=fail guest=web01 definition=live seclabel="type=none model=none"
host_base
define_guest web01 "" "$(svirt_dynamic)"
run_guest web01 4101 system_u:system_r:virtd_t:s0-s0:c0.c1023 "" "<seclabel type='none' model='none'/>"
