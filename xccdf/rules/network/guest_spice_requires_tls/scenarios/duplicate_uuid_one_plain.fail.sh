# Two definitions with one uuid under different names: the second is never silently dropped or
# merged; its plaintext SPICE display is judged and fails.
# evidence: result=fail guest=shadow definition=persistent defaultMode=any
# evidence: result=error object="guest (shadow|web01)" reason="two definitions
host_base
define_guest web01 "$SPICE_SECURE"
domain_xml shadow "$SPICE_PLAIN" | sed "s|<uuid>.*</uuid>|<uuid>$(uuid_for web01 | tr a-f A-F)</uuid>|" \
    > "$ROOT/etc/libvirt/qemu/shadow.xml"
