# A broad grant cancelled by a deny rule for the same files is no widening.
# evidence: result=pass scope=all-guests
apparmor_host_base
printf '  /etc/libvirt/** rw,\n  deny /etc/** w,\n' > "$ROOT/etc/apparmor.d/local/abstractions/libvirt-qemu"
