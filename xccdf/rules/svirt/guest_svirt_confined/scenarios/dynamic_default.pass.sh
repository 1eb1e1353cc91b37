# A persistent definition without a seclabel gets libvirt's default; the live one records it.
# evidence: result=pass guest=web01 definition=persistent labelling=dynamic from=
# evidence: result=pass guest=web01 definition=live labelling=dynamic relabel=yes
host_base
define_guest web01 ""
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "" "$(svirt_dynamic system_u:system_r:svirt_t:s0:c1,c2)"
define_guest db01 "" "$(svirt_dynamic)"
