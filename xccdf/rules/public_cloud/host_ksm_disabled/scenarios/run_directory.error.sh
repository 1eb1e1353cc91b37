# a directory in place of /sys/kernel/mm/ksm/run
host_base
running_host
mkdir -p "$ROOT/sys/kernel/mm/ksm/run"
