# Booted with apparmor=0: the kernel has AppArmor but it confines nothing.
# evidence: result=fail apparmor=inactive reason="AppArmor is disabled
apparmor_host_base
apparmor_off
qemu_conf 'security_driver = "apparmor"' 'security_require_confined = 1'
