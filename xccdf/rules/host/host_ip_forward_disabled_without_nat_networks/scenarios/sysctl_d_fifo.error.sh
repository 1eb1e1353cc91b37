host_base
host_file /etc/libvirt/qemu/networks/host-bridge.xml '<network>' '  <name>host-bridge</name>' "  <forward mode='bridge'/>" "  <bridge name='br0'/>" '</network>'
mkdir -p "$ROOT/etc/sysctl.d"
mkfifo "$ROOT/etc/sysctl.d/90-router.conf"
# evidence: not a regular file
