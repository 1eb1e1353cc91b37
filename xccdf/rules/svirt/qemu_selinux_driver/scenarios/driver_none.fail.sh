# remediation: pass
host_base
qemu_conf 'security_driver = "none"' 'security_require_confined = 1'
