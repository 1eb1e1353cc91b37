# value: management_networks=br-mgmt,mgmt
# evidence: result=fail guest=web01 definition=live interface=bridge source=br-mgmt reason="attached to a management network"
host_base
define_guest web01 "<interface type='bridge'><source bridge='br-tenant1'/></interface>"
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "<interface type='bridge'><source bridge='br-tenant1'/></interface><interface type='bridge'><source bridge='br-mgmt'/></interface>"
