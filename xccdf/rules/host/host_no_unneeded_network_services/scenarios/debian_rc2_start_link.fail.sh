# Debian SysV init: runlevel 2 start link
host_base
mkdir -p "$ROOT/etc/rc2.d"
ln -s ../init.d/apache2 "$ROOT/etc/rc2.d/S01apache2"
# evidence: start_link=/etc/rc2.d/S01apache2
