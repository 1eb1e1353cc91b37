# stopped now, but ksm.service starts it again at boot
host_base
running_host
host_file /sys/kernel/mm/ksm/run 0
enable_unit ksm.service
