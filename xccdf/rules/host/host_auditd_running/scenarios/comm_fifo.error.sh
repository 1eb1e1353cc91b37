# /proc/PID/comm is a FIFO in this root: not what the kernel provides
host_base
running_host
host_file /run/auditd.pid 812
mkdir -p "$ROOT/proc/812"
mkfifo "$ROOT/proc/812/comm"
# evidence: FIFO
