# evidence: selinux=disabled
host_base
selinux_off_by_config
define_and_run_guest web01 4101 "" "$SPICE_SECURE"
