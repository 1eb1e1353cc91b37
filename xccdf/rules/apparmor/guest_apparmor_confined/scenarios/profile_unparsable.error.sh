# evidence: result=error guest=web01 definition=live .*unclosed profile block
apparmor_host_base
apparmor_running_guest web01 4101
sed -i '$d' "$ROOT/etc/apparmor.d/libvirt/libvirt-$(uuid_for web01)"
