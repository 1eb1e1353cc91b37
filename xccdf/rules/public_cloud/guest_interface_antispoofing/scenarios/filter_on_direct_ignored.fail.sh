# libvirt reads <filterref> only on network, bridge and ethernet interfaces: on a macvtap
# (type='direct') interface the filter is ignored, so the guest can spoof; the reason tells the
# admin what libvirt does accept.
# evidence: result=fail guest=web01 definition=persistent interface=direct source=eth0 filter=none ignored_filter=clean-traffic reason=".*filter ignored.*bridge or a libvirt network
host_base
define_guest web01 "<interface type='direct'><source dev='eth0' mode='bridge'/><filterref filter='clean-traffic'/></interface>"
