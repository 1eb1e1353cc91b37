# /run/auditd.pid links out of the root: resolved inside the judged root it names nothing
host_base
running_host
mkdir -p "$ROOT/run"
ln -s ../../../../../../proc/1/stat "$ROOT/run/auditd.pid"
# evidence: pid_file=none
