# evidence: ^antispoofing_filters=clean-traffic,clean-traffic-gateway
# evidence: result=pass guest=web01 definition=persistent interface=network source=tenant1 filter=clean-traffic
host_base
define_guest web01 "<interface type='network'><source network='tenant1'/><filterref filter='clean-traffic'><parameter name='IP' value='192.0.2.20'/></filterref></interface>"
