# evidence: result=error guest=web01 .*unparsable label
host_base
define_and_run_guest web01 4101 "system_u:system_r:svirt_t:s0:c87,c99999" "$SPICE_SECURE"
