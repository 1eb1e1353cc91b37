# auditd.pid is a FIFO: reading it could block, it records nothing
host_base
running_host
mkdir -p "$ROOT/run"
mkfifo "$ROOT/run/auditd.pid"
# evidence: FIFO
