# evidence: result=fail selinux=disabled
host_base
selinux_disabled
