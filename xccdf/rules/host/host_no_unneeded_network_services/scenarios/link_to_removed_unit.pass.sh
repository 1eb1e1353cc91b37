# the package was removed, its wants link left behind: the unit is not found, nothing starts
host_base
mkdir -p "$ROOT/etc/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/vsftpd.service "$ROOT/etc/systemd/system/multi-user.target.wants/vsftpd.service"
