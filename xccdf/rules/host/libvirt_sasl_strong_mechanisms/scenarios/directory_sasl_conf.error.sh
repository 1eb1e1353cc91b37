# a directory in place of libvirt.conf reads as an empty configuration in libsasl2
host_base
enable_unit libvirtd-tcp.socket sockets.target
mkdir -p "$ROOT/etc/sasl2/libvirt.conf"
