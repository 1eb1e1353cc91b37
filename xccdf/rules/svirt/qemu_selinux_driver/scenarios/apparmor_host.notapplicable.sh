# The SELinux fix must never run here: the rule does not apply to an AppArmor host.
apparmor_host_base
qemu_conf 'security_driver = "apparmor"'
