# An offline root whose qemu.conf is an absolute symbolic link: oscap's platform check would look
# for its target on the scanning machine, so which rules apply cannot be trusted.
# evidence: result=error .*/etc/libvirt/qemu.conf is a symbolic link to the absolute path /etc/libvirt/qemu.conf.site
host_base
mv "$ROOT/etc/libvirt/qemu.conf" "$ROOT/etc/libvirt/qemu.conf.site"
ln -s /etc/libvirt/qemu.conf.site "$ROOT/etc/libvirt/qemu.conf"
