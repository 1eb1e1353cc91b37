# oscap run through the dynamic loader (`ld.so $(which oscap) ...`): no ancestor of the check is
# named oscap, yet the root oscap scans must reach oscap-virt. The guest exists only in the root.
# evidence: guest=legacy definition=persistent
host_base
define_guest legacy "$SPICE_PLAIN"
