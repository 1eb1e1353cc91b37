# libvirt.conf is a link climbing above the root: read inside the root, as the host reads it
# evidence: value=plain
host_base
enable_unit libvirtd-tcp.socket sockets.target
host_file /srv/site/sasl.conf 'mech_list: plain'
mkdir -p "$ROOT/etc/sasl2"
ln -s ../../../../../../srv/site/sasl.conf "$ROOT/etc/sasl2/libvirt.conf"
