# a directory among the vulnerability files
host_base
running_host
host_file /sys/devices/system/cpu/vulnerabilities/meltdown 'Not affected'
mkdir "$ROOT/sys/devices/system/cpu/vulnerabilities/mds"
