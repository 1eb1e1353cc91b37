# An offline Debian root (no /sys): the AppArmor template decides the platform, and the kernel
# state that confines guests cannot be seen.
# evidence: result=fail apparmor=inactive reason="the kernel has no AppArmor
host_base
selinux_disabled
apparmor_policy_installed
qemu_conf 'security_driver = "apparmor"' 'security_require_confined = 1'
