# The loaded-profiles list is not what the kernel writes.
# evidence: result=error object=/sys/kernel/security/apparmor/profiles reason=.*line 2
apparmor_host_base
printf 'libvirtd (enforce)\nnot a profile line\n' > "$ROOT/sys/kernel/security/apparmor/profiles"
qemu_conf 'security_driver = "apparmor"' 'security_require_confined = 1'
