# A FIFO where the kernel's loaded-profiles list should be: never read as "no profiles".
# evidence: result=error object=/sys/kernel/security/apparmor/profiles reason=.*not a regular file
apparmor_host_base
rm "$ROOT/sys/kernel/security/apparmor/profiles"
mkfifo "$ROOT/sys/kernel/security/apparmor/profiles"
qemu_conf 'security_driver = "apparmor"' 'security_require_confined = 1'
