# remediation: pass
host_base
qemu_conf 'security_default_confined = 0' 'security_require_confined = 1'
