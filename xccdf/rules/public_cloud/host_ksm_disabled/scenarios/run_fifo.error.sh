# /sys/kernel/mm/ksm/run is a FIFO
host_base
running_host
mkdir -p "$ROOT/sys/kernel/mm/ksm"
mkfifo "$ROOT/sys/kernel/mm/ksm/run"
# evidence: object=/sys/kernel/mm/ksm/run
