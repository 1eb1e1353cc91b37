host_base
define_guest desk01 "$(usb_hostdev 0x046d 0xc077)"
