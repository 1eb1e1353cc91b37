# the wants link survives but the unit file was removed: nothing starts
host_base
mkdir -p "$ROOT/etc/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/firewalld.service "$ROOT/etc/systemd/system/multi-user.target.wants/firewalld.service"
