# evidence: result=fail guest=web01 definition=persistent seclabel=none reason="unconfined: qemu.conf security_default_confined = 0"
apparmor_host_base
qemu_conf 'security_default_confined = 0'
define_guest web01 ""
