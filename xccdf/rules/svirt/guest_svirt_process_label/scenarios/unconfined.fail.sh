# evidence: result=fail guest=web01 .*not an svirt process type
host_base
define_and_run_guest web01 4101 unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 "$SPICE_SECURE"
