# evidence: result=fail guest=legacy definition=persistent seclabel="type=none model=" reason=
host_base
define_guest web01 "" "$(svirt_dynamic)"
define_guest legacy "" "<seclabel type='none'/>"
