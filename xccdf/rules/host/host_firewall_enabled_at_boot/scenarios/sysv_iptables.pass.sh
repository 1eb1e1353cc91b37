# RHEL 6: chkconfig iptables on
host_base
mkdir -p "$ROOT/etc/rc.d/rc3.d"
ln -s ../init.d/iptables "$ROOT/etc/rc.d/rc3.d/S08iptables"
