# evidence: result=fail guest=dpdk01 definition=persistent interface=vhostuser .*ignored_filter=clean-traffic .*filter ignored
host_base
define_guest dpdk01 "<interface type='vhostuser'><source type='unix' path='/run/vhost.sock' mode='client'/><model type='virtio'/><filterref filter='clean-traffic'/></interface>"
