# A guest is given a host USB device but virt_use_usb is off.
# evidence: result=fail boolean=virt_use_usb expected=auto needed_by=kiosk current=off pending=off reason="off, but a guest needs it"
host_base
virt_booleans 0 0
mounted /dev/vda1 / ext4
define_guest kiosk "$(usb_hostdev 0x046d 0xc077)"
