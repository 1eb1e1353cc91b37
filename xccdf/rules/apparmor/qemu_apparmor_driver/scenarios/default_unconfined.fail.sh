# evidence: result=fail security_default_confined=0
apparmor_host_base
qemu_conf 'security_driver = "apparmor"' 'security_default_confined = 0' 'security_require_confined = 1'
