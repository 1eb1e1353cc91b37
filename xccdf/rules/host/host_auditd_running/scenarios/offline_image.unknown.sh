host_base
host_file /run/auditd.pid 812
