# value: antispoofing_filters=tenant-isolation
# evidence: result=pass guest=web01 .*filter=tenant-isolation
host_base
define_guest web01 "<interface type='bridge'><source bridge='br-tenant1'/><filterref filter='tenant-isolation'/></interface>"
