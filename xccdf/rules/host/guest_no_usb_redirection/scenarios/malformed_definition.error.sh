# evidence: result=error object=/etc/libvirt/qemu/desk02.xml
host_base
define_guest desk01 "<redirdev bus='usb' type='spicevmc'/><redirfilter><usbdev vendor='0x046d' product='0xc077' allow='yes'/><usbdev allow='no'/></redirfilter>"
printf '<domain><name>desk02</name><devices><redirdev bus="usb"' > "$ROOT/etc/libvirt/qemu/desk02.xml"
# value: allowed_usb_redirection=046d:c077
