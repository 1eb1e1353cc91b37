host_base
qemu_conf '#security_driver = "selinux"' 'security_require_confined = 1'
