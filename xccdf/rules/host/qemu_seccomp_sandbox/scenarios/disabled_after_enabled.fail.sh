# every seccomp_sandbox line counts
host_base
qemu_conf 'seccomp_sandbox = 1' 'seccomp_sandbox = 0'
