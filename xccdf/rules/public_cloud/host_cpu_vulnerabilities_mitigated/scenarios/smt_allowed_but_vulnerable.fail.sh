# the Value accepts SMT exposure, not unmitigated issues
# value: cpu_smt_vulnerable_allowed=true
host_base
running_host
host_file /sys/devices/system/cpu/vulnerabilities/mds 'Mitigation: Clear CPU buffers; SMT vulnerable'
host_file /sys/devices/system/cpu/vulnerabilities/spectre_v1 'Vulnerable: __user pointer sanitization and usercopy barriers only; no swapgs barriers'
