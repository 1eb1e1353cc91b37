mkdir -p "$ROOT/etc"
running_host
host_file /sys/kernel/mm/ksm/run 1
