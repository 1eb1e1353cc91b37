# qemu.conf copied from an SELinux host: libvirt refuses to start with a driver the kernel lacks.
# remediation: pass
# evidence: result=fail security_driver=selinux from=qemu.conf
apparmor_host_base
qemu_conf 'security_driver = "selinux"' 'security_require_confined = 1'
