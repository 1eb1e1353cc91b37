# libvirt finds devices by XPath over every <devices> element: a hostdev in a second <devices>
# is assigned like any other.
# evidence: result=fail guest=desk01 class=usb device=046d:c077
host_base
define_guest desk01 "<disk type='file' device='disk'><source file='/img/a.qcow2'/><target dev='vda' bus='virtio'/></disk>"
sed -i "s|</devices>|</devices><devices>$(usb_hostdev 0x046d 0xc077)</devices>|" "$ROOT/etc/libvirt/qemu/desk01.xml"
