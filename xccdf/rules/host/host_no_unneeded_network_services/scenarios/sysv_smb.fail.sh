# RHEL 6: chkconfig smb on
host_base
mkdir -p "$ROOT/etc/rc.d/rc3.d"
ln -s ../init.d/smb "$ROOT/etc/rc.d/rc3.d/S91smb"
