# The recorded QEMU process is gone (guest exited during the scan).
# evidence: result=error guest=web01 pid=4101 .*no such process
host_base
define_and_run_guest web01 4101 "" "$SPICE_SECURE"
