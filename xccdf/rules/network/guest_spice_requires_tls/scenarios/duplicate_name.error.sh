# Two definitions of one guest name (or uuid): libvirt keeps only one of them, so which one runs
# is not known; both are judged and the conflict is an error even when both look secure.
# evidence: result=error object="guest web01" reason="two definitions with the same name or uuid
# evidence: result=pass guest=web01 definition=persistent defaultMode=secure
host_base
define_guest web01 "$SPICE_SECURE"
domain_xml web01 "$SPICE_SECURE" > "$ROOT/etc/libvirt/qemu/web01-copy.xml"
