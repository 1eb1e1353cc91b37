# libvirt follows symbolic links in its directories: a definition kept elsewhere and linked
# into /etc/libvirt/qemu (and a state file linked into /run/libvirt/qemu) is a guest like any.
# evidence: result=fail guest=linked definition=persistent defaultMode=any
# evidence: result=fail guest=linked definition=live defaultMode=any
host_base
mkdir -p "$ROOT/srv/guests"
domain_xml linked "$SPICE_PLAIN" > "$ROOT/srv/guests/linked.xml"
ln -s /srv/guests/linked.xml "$ROOT/etc/libvirt/qemu/linked.xml"
run_guest linked 4200 system_u:system_r:svirt_t:s0:c1,c2 "$SPICE_PLAIN"
mv "$ROOT/run/libvirt/qemu/linked.xml" "$ROOT/srv/guests/linked-state.xml"
ln -s ../../../srv/guests/linked-state.xml "$ROOT/run/libvirt/qemu/linked.xml"
define_guest web01 "$SPICE_SECURE"
