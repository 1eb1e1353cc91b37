# RHEL 6: chkconfig auditd on
host_base
mkdir -p "$ROOT/etc/rc.d/rc3.d"
ln -s ../init.d/auditd "$ROOT/etc/rc.d/rc3.d/S11auditd"
