# evidence: result=fail .*path=/var/lib/libvirt/images label=none
host_base
mkdir -p "$ROOT/var/lib/libvirt/images"
