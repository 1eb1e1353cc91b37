# A rule without its comma: apparmor_parser would refuse the profile.
# evidence: result=error scope=all-guests file=/etc/apparmor.d/local/abstractions/libvirt-qemu
apparmor_host_base
printf '  /srv/shared/** r\n' > "$ROOT/etc/apparmor.d/local/abstractions/libvirt-qemu"
