# value: allowed_usb_redirection=046d:c077
# evidence: result=fail guest=desk01 .*does not end with a rule denying
host_base
define_guest desk01 "<redirdev bus='usb' type='spicevmc'/><redirfilter><usbdev vendor='0x046d' product='0xc077' allow='yes'/></redirfilter>"
