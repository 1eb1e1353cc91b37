# evidence: result=fail selinux=disabled
host_base
selinux_off_by_config
define_guest web01 "" "$(svirt_dynamic)"
