# A host without SELinux whose qemu.conf names AppArmor: this SELinux rule does not apply (the
# platform selinux_host), and the generated fix changes nothing here.
host_base
selinux_disabled
qemu_conf 'security_driver = "apparmor"' 'security_require_confined = 1'
