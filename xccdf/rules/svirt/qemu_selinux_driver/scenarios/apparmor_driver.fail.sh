# A host confining guests with AppArmor fails this SELinux rule (the AppArmor rules judge it);
# the generated fix changes nothing here, as SELinux is not the host's security module.
host_base
selinux_disabled
qemu_conf 'security_driver = "apparmor"' 'security_require_confined = 1'
