# remediation: pass
host_base
qemu_conf 'security_driver = "selinux"'
