# evidence: result=fail guest=legacy definition=persistent seclabel="type=none model="
apparmor_host_base
apparmor_running_guest web01 4101
define_guest legacy "" "<seclabel type='none'/>"
