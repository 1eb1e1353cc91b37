# evidence: result=pass guest=web01 definition=live port=-1 tlsPort=5901
host_base
define_guest web01 "$SPICE_PLAIN"
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "<graphics type='spice' port='-1' tlsPort='5901' autoport='yes' defaultMode='secure'/>"
