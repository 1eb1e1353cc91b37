# libvirt rejects a string where it reads a boolean.
# evidence: result=error security_require_confined=invalid
apparmor_host_base
qemu_conf 'security_driver = "apparmor"' 'security_require_confined = "yes"'
