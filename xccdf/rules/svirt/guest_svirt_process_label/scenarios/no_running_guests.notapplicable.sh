host_base
define_guest stopped "$SPICE_SECURE"
