host_base
qemu_conf '  seccomp_sandbox=00   # debugging'
