# value: management_networks=br-mgmt
# evidence: result=fail guest=web01 definition=persistent interface=user source=none reason=
host_base
define_guest web01 "<interface type='user'/>"
