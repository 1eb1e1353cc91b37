host_base
running_host
host_file /run/auditd.pid 812
host_file /proc/812/comm auditd
