host_base
running_host
host_file /sys/devices/system/cpu/vulnerabilities/itlb_multihit 'KVM: Vulnerable'
