# value: allowed_usb_devices=046d:c077
# evidence: result=fail guest=desk01 class=usb device="bus 1 device 4" .*named by bus address only
host_base
define_guest desk01 "<hostdev mode='subsystem' type='usb'><source><address bus='1' device='4'/></source></hostdev>"
