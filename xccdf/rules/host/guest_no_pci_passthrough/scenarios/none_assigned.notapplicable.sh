host_base
define_and_run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$SPICE_SECURE"
