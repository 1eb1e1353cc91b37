# value: allowed_usb_devices=046d:c077
# evidence: result=fail guest=desk01 class=usb device=1050:0407 .*definitions=persistent,live
host_base
define_and_run_guest desk01 4101 system_u:system_r:svirt_t:s0:c1,c2 "$(usb_hostdev 0x1050 0x0407)"
