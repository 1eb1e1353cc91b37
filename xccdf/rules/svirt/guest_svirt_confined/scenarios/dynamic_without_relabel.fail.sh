# evidence: result=fail guest=web01 definition=persistent labelling=dynamic relabel=no
host_base
define_guest web01 "" "<seclabel type='dynamic' model='selinux' relabel='no'/>"
