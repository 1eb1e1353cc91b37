# the wants link survived, the unit file did not: systemd finds no auditd.service
host_base
enable_unit auditd.service
rm -f "$ROOT/usr/lib/systemd/system/auditd.service"
# evidence: state=not-found
