# chkconfig auditd off leaves a K link
host_base
mkdir -p "$ROOT/etc/rc.d/rc3.d"
ln -s ../init.d/auditd "$ROOT/etc/rc.d/rc3.d/K88auditd"
