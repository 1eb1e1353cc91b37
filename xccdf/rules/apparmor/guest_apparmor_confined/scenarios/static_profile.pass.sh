# A static label naming a profile the administrator wrote is reported as deliberate.
# evidence: result=pass guest=tuned definition=persistent labelling=static deliberate=yes label=libvirt-tuned
apparmor_host_base
define_guest tuned "" "<seclabel type='static' model='apparmor' relabel='no'><label>libvirt-tuned</label></seclabel>"
