# A guest definition linked by an absolute path: no platform reads guest definitions, and
# oscap-virt follows the link inside the scanned root, so nothing is judged from the wrong machine.
# evidence: result=pass
host_base
mkdir -p "$ROOT/srv/vm"
domain_xml web '' > "$ROOT/srv/vm/web.xml"
ln -s /srv/vm/web.xml "$ROOT/etc/libvirt/qemu/web.xml"
