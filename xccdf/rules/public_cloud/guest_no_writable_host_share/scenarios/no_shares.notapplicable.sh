host_base
define_guest web01 "$SPICE_SECURE"
