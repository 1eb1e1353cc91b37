# A rule that allows a whole device class (mass storage) lets in any vendor's device.
# value: allowed_usb_redirection=046d:c077
# evidence: result=fail guest=desk01 .*rule 'allow \*:\* class 0x08' allows devices
host_base
define_guest desk01 "<redirdev bus='usb' type='spicevmc'/><redirfilter><usbdev class='0x08' allow='yes'/><usbdev allow='no'/></redirfilter>"
