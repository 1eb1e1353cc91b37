# evidence: result=fail selinux=disabled
host_base
selinux_off_by_config
define_guest mls01 "" "$(svirt_static system_u:system_r:svirt_t:s0:c10,c20 no)"
