# evidence: result=fail guest=db01 .*shared with web01
host_base
define_and_run_guest web01 4101 system_u:system_r:svirt_t:s0:c87,c520 "$SPICE_SECURE"
define_and_run_guest db01 4102 system_u:system_r:svirt_t:s0:c520,c87 "$SPICE_SECURE"
