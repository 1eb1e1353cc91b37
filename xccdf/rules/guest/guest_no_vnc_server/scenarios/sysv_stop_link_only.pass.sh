# only kill links: chkconfig vncserver off
guest_base
mkdir -p "$ROOT/etc/rc.d/rc3.d"
ln -s ../init.d/vncserver "$ROOT/etc/rc.d/rc3.d/K35vncserver"
