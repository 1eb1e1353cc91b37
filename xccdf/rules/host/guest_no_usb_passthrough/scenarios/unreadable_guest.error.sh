# evidence: result=error object=/etc/libvirt/qemu/broken.xml reason="malformed domain XML
host_base
define_guest desk01 "$(usb_hostdev 0x046d 0xc077)"
printf '<domain><name>broken</name><devices><hostdev' > "$ROOT/etc/libvirt/qemu/broken.xml"
# value: allowed_usb_devices=046d:c077
