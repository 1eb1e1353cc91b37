# an absolute wants link resolves inside the judged root, never on the scanning machine
# (whose /usr/lib/systemd/system may well hold nftables.service)
host_base
mkdir -p "$ROOT/etc/systemd/system/sysinit.target.wants"
ln -s /lib/systemd/system/nftables.service "$ROOT/etc/systemd/system/sysinit.target.wants/nftables.service"
