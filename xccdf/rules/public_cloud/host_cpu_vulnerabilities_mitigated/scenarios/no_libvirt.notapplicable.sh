mkdir -p "$ROOT/etc"
running_host
host_file /sys/devices/system/cpu/vulnerabilities/mds 'Vulnerable: Clear CPU buffers attempted, no microcode; SMT vulnerable'
