# A static label is allowed, and reported as a deliberate choice.
# evidence: result=pass guest=mls01 definition=persistent labelling=static deliberate=yes label=system_u:system_r:svirt_t:s0:c10,c20 relabel=no
host_base
define_guest mls01 "" "$(svirt_static system_u:system_r:svirt_t:s0:c10,c20 no)"
