# not a libvirt host
mkdir -p "$ROOT/etc"
