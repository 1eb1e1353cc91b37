# auditd died and its pid was reused by another process
host_base
running_host
host_file /run/auditd.pid 812
host_file /proc/812/comm bash
