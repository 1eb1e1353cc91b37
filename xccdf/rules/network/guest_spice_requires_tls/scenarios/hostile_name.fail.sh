# Hostile names reach the ARF escaped and the ARF stays well-formed: a guest named with
# quotes, markup and non-ASCII text, and a definition file whose name holds control characters.
# evidence: result=fail guest="x\\" <b>& ünï"
# evidence: result=error object=/etc/libvirt/qemu/bad\\x1b\[31m\\nname.xml reason=
host_base
define_guest hostile "$SPICE_PLAIN"
sed -i 's|<name>hostile</name>|<name>x\&quot; \&lt;b\&gt;\&amp; ünï</name>|' "$ROOT/etc/libvirt/qemu/hostile.xml"
printf '<domain><name>bad' > "$ROOT/etc/libvirt/qemu/bad"$'\e'"[31m"$'\n'"name.xml"
