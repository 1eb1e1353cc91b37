# telnet.socket is a link out of the root: inside the judged root it names nothing
guest_base
mkdir -p "$ROOT/etc/systemd/system/sockets.target.wants"
ln -s /../../../../lib/systemd/system/systemd-journald.socket "$ROOT/etc/systemd/system/telnet.socket"
ln -s /etc/systemd/system/telnet.socket "$ROOT/etc/systemd/system/sockets.target.wants/telnet.socket"
