# evidence: result=fail guest=web01 .*filter=allow-arp reason="filter not in antispoofing_filters"
host_base
define_guest web01 "<interface type='bridge'><source bridge='br-tenant1'/><filterref filter='allow-arp'/></interface>"
