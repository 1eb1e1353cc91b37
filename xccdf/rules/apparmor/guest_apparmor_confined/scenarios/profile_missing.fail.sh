# The guest runs with its label recorded, but its per-guest profile was deleted.
# evidence: result=fail guest=web01 definition=live profile=.* reason="per-guest profile missing"
apparmor_host_base
apparmor_running_guest web01 4101
rm "$ROOT/etc/apparmor.d/libvirt/libvirt-$(uuid_for web01)"
