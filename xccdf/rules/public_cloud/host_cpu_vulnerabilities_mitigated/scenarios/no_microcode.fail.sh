host_base
running_host
host_file /sys/devices/system/cpu/vulnerabilities/meltdown 'Not affected'
host_file /sys/devices/system/cpu/vulnerabilities/gather_data_sampling 'Vulnerable: No microcode'
