host_base
running_host
host_file /sys/kernel/mm/ksm/run 0
enable_unit ksmtuned.service default.target
