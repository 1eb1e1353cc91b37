# remediation: pass
# a link under /run/systemd/system enables the unit until the next reboot (enabled-runtime):
# the plain listener is open now
host_base
host_file /usr/lib/systemd/system/libvirtd-tcp.socket '[Socket]' 'ListenStream=16509' \
    'Service=libvirtd.service' '' '[Install]' 'WantedBy=sockets.target'
mkdir -p "$ROOT/run/systemd/system/sockets.target.wants"
ln -s /usr/lib/systemd/system/libvirtd-tcp.socket \
    "$ROOT/run/systemd/system/sockets.target.wants/libvirtd-tcp.socket"
