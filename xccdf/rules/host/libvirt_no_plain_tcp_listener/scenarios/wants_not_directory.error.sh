# a FIFO named sockets.target.wants: systemd would skip it, the judge cannot tell what it held
host_base
host_file /usr/lib/systemd/system/libvirtd-tcp.socket '[Socket]' 'ListenStream=16509' \
    '' '[Install]' 'WantedBy=sockets.target'
mkdir -p "$ROOT/etc/systemd/system"
mkfifo "$ROOT/etc/systemd/system/sockets.target.wants"
