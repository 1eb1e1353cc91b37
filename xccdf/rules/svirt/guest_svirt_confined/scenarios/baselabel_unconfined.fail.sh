# A dynamic label built on a <baselabel> takes its type from it: an unconfined base is no sVirt.
# evidence: result=fail guest=web01 definition=persistent labelling=dynamic baselabel=system_u:system_r:unconfined_t:s0 reason=
host_base
define_guest web01 "" "<seclabel type='dynamic' model='selinux' relabel='yes'><baselabel>system_u:system_r:unconfined_t:s0</baselabel></seclabel>"
