host_base
running_host
host_file /sys/kernel/mm/ksm/run 1
