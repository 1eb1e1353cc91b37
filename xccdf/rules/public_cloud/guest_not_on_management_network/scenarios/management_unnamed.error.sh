# evidence: result=error value=management_networks reason=
host_base
define_guest web01 "<interface type='bridge'><source bridge='br-tenant1'/></interface>"
