# No security_driver: libvirt's probe picks AppArmor (libvirtd confined, templates present).
# evidence: result=pass security_driver=unset picks=apparmor
apparmor_host_base
qemu_conf 'security_require_confined = 1'
