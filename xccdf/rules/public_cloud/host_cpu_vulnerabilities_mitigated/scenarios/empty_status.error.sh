# an empty status file: the kernel always writes one line
host_base
running_host
host_file /sys/devices/system/cpu/vulnerabilities/meltdown 'Not affected'
: > "$ROOT/sys/devices/system/cpu/vulnerabilities/mds"
