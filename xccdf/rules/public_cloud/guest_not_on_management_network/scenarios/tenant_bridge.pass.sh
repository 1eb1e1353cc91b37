# value: management_networks=br-mgmt mgmt
# evidence: result=pass guest=web01 definition=persistent interface=bridge source=br-tenant1
host_base
define_guest web01 "<interface type='bridge'><source bridge='br-tenant1'/><filterref filter='clean-traffic'/></interface>"
