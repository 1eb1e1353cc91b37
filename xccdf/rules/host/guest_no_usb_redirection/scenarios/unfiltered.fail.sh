# evidence: result=fail guest=desk01 class=usb-redirection device=usb/spicevmc#1 redirfilter=none .*no <redirfilter>
host_base
define_guest desk01 "<redirdev bus='usb' type='spicevmc'/>"
