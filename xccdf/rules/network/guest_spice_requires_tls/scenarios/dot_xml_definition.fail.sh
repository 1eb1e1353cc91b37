# A file named exactly ".xml" is a guest definition to libvirt (the name minus ".xml" is empty).
# evidence: result=fail guest=hidden definition=persistent defaultMode=any
host_base
domain_xml hidden "$SPICE_PLAIN" > "$ROOT/etc/libvirt/qemu/.xml"
define_guest web01 "$SPICE_SECURE"
