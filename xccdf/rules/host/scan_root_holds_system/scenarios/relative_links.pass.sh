# Relative links resolve the same inside the root for oscap and for oscap-virt; an absolute link
# on a path no platform reads does not matter.
# evidence: result=pass
host_base
mv "$ROOT/etc/libvirt/qemu.conf" "$ROOT/etc/libvirt/qemu.conf.site"
ln -s qemu.conf.site "$ROOT/etc/libvirt/qemu.conf"
mkdir -p "$ROOT/srv/vm"
domain_xml web '' > "$ROOT/srv/vm/web.xml"
ln -s ../../../srv/vm/web.xml "$ROOT/etc/libvirt/qemu/web.xml"
ln -s /usr/share/zoneinfo/UTC "$ROOT/etc/localtime"
