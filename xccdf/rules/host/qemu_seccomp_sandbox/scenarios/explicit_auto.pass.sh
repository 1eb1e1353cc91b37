# -1 is libvirt's internal default: on where supported
host_base
qemu_conf 'seccomp_sandbox = -1'
