host_base
mkdir -p "$ROOT/usr/lib/systemd/system"
mkfifo "$ROOT/usr/lib/systemd/system/auditd.service"
enable_unit auditd.service
# evidence: not a regular file
