# evidence: result=fail selinux=disabled
host_base
selinux_disabled
define_guest web01 "" "$(svirt_dynamic)"
