# 2: stopped, and merged pages split again
host_base
running_host
host_file /sys/kernel/mm/ksm/run 2
