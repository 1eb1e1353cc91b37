# a dangling /etc/sasl2/libvirt.conf cannot be opened: libsasl2 reads the next directory
# evidence: file=/etc/sasl/libvirt.conf
host_base
enable_unit libvirtd-tcp.socket sockets.target
mkdir -p "$ROOT/etc/sasl2"
ln -s /etc/sasl2/site.conf "$ROOT/etc/sasl2/libvirt.conf"
host_file /etc/sasl/libvirt.conf 'mech_list: login'
