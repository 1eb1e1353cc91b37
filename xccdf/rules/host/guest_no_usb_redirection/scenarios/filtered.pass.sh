# value: allowed_usb_redirection=046d:c077
# evidence: result=pass guest=desk01 class=usb-redirection device=usb/spicevmc#1 redirfilter="allow 046d:c077; deny \*:\*"
host_base
define_guest desk01 "<redirdev bus='usb' type='spicevmc'/><redirfilter><usbdev vendor='0x046d' product='0xc077' allow='yes'/><usbdev allow='no'/></redirfilter>"
