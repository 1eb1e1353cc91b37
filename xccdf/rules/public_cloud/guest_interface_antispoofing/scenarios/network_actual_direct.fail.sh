# A libvirt network in macvtap mode connects its interfaces as type direct: the running guest's
# state file says so (<actual type='direct'>), and the filter of the interface is then ignored.
# evidence: result=fail guest=web01 definition=live interface=network source=macvtap-net filter=none ignored_filter=clean-traffic actual_type=direct reason=.*type=direct
# evidence: result=pass guest=web01 definition=persistent interface=network source=macvtap-net filter=clean-traffic
host_base
define_guest web01 "<interface type='network'><source network='macvtap-net'/><filterref filter='clean-traffic'/></interface>"
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "<interface type='network'><source network='macvtap-net'/><actual type='direct'><source dev='eth0' mode='bridge'/></actual><filterref filter='clean-traffic'/></interface>"
