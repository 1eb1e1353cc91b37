# evidence: result=error object=/sys/module/apparmor/parameters/enabled reason="unexpected content"
host_base
selinux_disabled
host_file /sys/module/apparmor/parameters/enabled maybe
