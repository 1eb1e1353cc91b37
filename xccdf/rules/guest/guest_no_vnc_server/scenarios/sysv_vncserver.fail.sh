# RHEL 6: chkconfig vncserver on
guest_base
mkdir -p "$ROOT/etc/rc.d/rc3.d" "$ROOT/etc/rc.d/rc2.d"
ln -s ../init.d/vncserver "$ROOT/etc/rc.d/rc3.d/S91vncserver"
ln -s ../init.d/vncserver "$ROOT/etc/rc.d/rc2.d/K35vncserver"
