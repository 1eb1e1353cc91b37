# evidence: result=pass guest=web01 pid=4101 label=system_u:system_r:svirt_t:s0:c87,c520
host_base
define_and_run_guest web01 4101 system_u:system_r:svirt_t:s0:c87,c520 "$SPICE_SECURE"
define_and_run_guest db01 4102 system_u:system_r:svirt_tcg_t:s0:c87,c521 "$SPICE_SECURE"
define_guest stopped "$SPICE_SECURE"
