host_base
qemu_conf 'security_driver = "selinux"' 'security_default_confined = 1' 'security_require_confined = 1'
