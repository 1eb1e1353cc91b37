# a FIFO in place of libvirt.conf: libsasl2 would block on it; never "no mech_list"
host_base
enable_unit libvirtd-tcp.socket sockets.target
mkdir -p "$ROOT/etc/sasl2"
mkfifo "$ROOT/etc/sasl2/libvirt.conf"
