# evidence: result=fail selinux=disabled
host_base
selinux_off_by_config
