# The live definition records no AppArmor label: libvirt started the guest without one.
# evidence: result=fail guest=web01 definition=live seclabel=none reason="running without an AppArmor label"
apparmor_host_base
define_guest web01 ""
run_guest web01 4101 "" "" "<seclabel type='dynamic' model='dac' relabel='yes'><label>+64055:+108</label></seclabel>"
