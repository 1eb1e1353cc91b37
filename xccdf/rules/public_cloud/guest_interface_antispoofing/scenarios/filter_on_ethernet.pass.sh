# An ethernet (plain tap) interface does take a filter.
# evidence: result=pass guest=web01 definition=persistent interface=ethernet source=none filter=clean-traffic
host_base
define_guest web01 "<interface type='ethernet'><target dev='tap7'/><filterref filter='clean-traffic'/></interface>"
