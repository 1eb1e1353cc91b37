# Debian/Ubuntu host: qemu.conf names the AppArmor driver and requires confinement.
# evidence: result=pass security_driver=apparmor from=qemu.conf
# evidence: result=pass apparmor=enabled mode=enforce
apparmor_host_base
qemu_conf 'security_driver = "apparmor"' 'security_require_confined = 1'
