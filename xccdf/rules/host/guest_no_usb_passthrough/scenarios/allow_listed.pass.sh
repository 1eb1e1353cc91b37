# value: allowed_usb_devices=046D:C077
# evidence: result=pass guest=desk01 class=usb device=046d:c077 type=usb definitions=persistent reason=allow-listed
host_base
define_guest desk01 "$(usb_hostdev 0x046d 0xc077)"
