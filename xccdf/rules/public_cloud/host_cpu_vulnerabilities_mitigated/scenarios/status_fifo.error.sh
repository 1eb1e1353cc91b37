# a vulnerability file is a FIFO
host_base
running_host
host_file /sys/devices/system/cpu/vulnerabilities/meltdown 'Not affected'
mkfifo "$ROOT/sys/devices/system/cpu/vulnerabilities/mds"
# evidence: object=/sys/devices/system/cpu/vulnerabilities/mds
