# Debian SysV init: runlevel 2 start link for x11vnc
guest_base
mkdir -p "$ROOT/etc/rc2.d"
ln -s ../init.d/x11vnc "$ROOT/etc/rc2.d/S02x11vnc"
# evidence: start_link=/etc/rc2.d/S02x11vnc
