# the only httpd.service is an absolute link that leaves the root: resolved inside the
# judged root it names nothing (on the scanning machine it might exist), so nothing starts
host_base
mkdir -p "$ROOT/etc/systemd/system" "$ROOT/etc/systemd/system/multi-user.target.wants"
ln -s /../../../../lib/systemd/system/systemd-journald.service "$ROOT/etc/systemd/system/httpd.service"
ln -s /etc/systemd/system/httpd.service "$ROOT/etc/systemd/system/multi-user.target.wants/httpd.service"
