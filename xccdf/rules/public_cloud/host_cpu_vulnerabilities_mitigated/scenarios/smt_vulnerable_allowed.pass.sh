# value: cpu_smt_vulnerable_allowed=true
host_base
running_host
host_file /sys/devices/system/cpu/vulnerabilities/mds 'Mitigation: Clear CPU buffers; SMT vulnerable'
host_file /sys/devices/system/cpu/vulnerabilities/l1tf 'Mitigation: PTE Inversion; VMX: conditional cache flushes, SMT vulnerable'
