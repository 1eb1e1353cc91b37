# evidence: result=fail guest=legacy definition=persistent defaultMode=any
host_base
define_guest web01 "$SPICE_SECURE"
define_guest legacy "$SPICE_PLAIN"
