# No security_driver and AppArmor off: libvirt's probe picks no driver, so a guest that never
# ran would start unconfined.
# evidence: result=fail guest=web01 definition=persistent seclabel=none reason="unconfined: libvirt's AppArmor probe fails: AppArmor is disabled
apparmor_host_base
apparmor_off
define_guest web01 ""
