# value: oscap_virt_root=/
# evidence: contradicts OSCAP_PROBE_ROOT
host_base
define_guest web01 "$SPICE_SECURE"
