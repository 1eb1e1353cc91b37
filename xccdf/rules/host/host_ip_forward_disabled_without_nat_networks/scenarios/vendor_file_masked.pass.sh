# a link to /dev/null masks the vendor file (the image has no /dev/null of its own)
host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
host_file /usr/lib/sysctl.d/50-router.conf 'net.ipv4.ip_forward = 1'
mkdir -p "$ROOT/etc/sysctl.d"
ln -s /dev/null "$ROOT/etc/sysctl.d/50-router.conf"
