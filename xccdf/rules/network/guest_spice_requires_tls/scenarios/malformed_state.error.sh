# A running guest whose live state cannot be read must not be judged as compliant.
# evidence: result=error object=/run/libvirt/qemu/broken.xml
host_base
define_guest web01 "$SPICE_SECURE"
printf "<domstatus state='running' pid='12'><domain><name>broken</name>" > "$ROOT/run/libvirt/qemu/broken.xml"
