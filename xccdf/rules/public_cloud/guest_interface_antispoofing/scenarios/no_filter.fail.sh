# evidence: result=fail guest=web01 definition=persistent interface=bridge source=br-tenant1 filter=none reason="no nwfilter"
host_base
define_guest web01 "<interface type='bridge'><source bridge='br-tenant1'/></interface>"
