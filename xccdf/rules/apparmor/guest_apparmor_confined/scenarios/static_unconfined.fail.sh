# evidence: result=fail guest=builder definition=persistent labelling=static label=unconfined
apparmor_host_base
define_guest builder "" "<seclabel type='static' model='apparmor' relabel='no'><label>unconfined</label></seclabel>"
