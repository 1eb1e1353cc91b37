# mitigated, except against the sibling hardware thread
host_base
running_host
host_file /sys/devices/system/cpu/vulnerabilities/mds 'Mitigation: Clear CPU buffers; SMT vulnerable'
host_file /sys/devices/system/cpu/vulnerabilities/meltdown 'Not affected'
