# USB ids are base 0 to libvirt: vendor id='1133' is 0x046d.
# value: allowed_usb_devices=046d:c077
# evidence: result=pass guest=desk01 class=usb device=046d:c077
host_base
define_guest desk01 "<hostdev mode='subsystem' type='usb'><source><vendor id='1133'/><product id='0xC077'/></source></hostdev>"
