# evidence: result=fail guest=mls01 .*reason="no MCS categories
host_base
define_guest mls01 "" "$(svirt_static system_u:system_r:svirt_t:s0 yes)"
