# evidence: result=error object=apparmor
host_base
selinux_disabled
host_file /sys/module/apparmor/parameters/enabled maybe
