# evidence: selinux=disabled
host_base
selinux_disabled
define_and_run_guest web01 4101 "" "$SPICE_SECURE"
