# odd content: the kernel writes a number
host_base
running_host
host_file /sys/kernel/mm/ksm/run stopped
