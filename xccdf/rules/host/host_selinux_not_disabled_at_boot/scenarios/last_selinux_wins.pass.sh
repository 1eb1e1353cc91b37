# the kernel keeps the last selinux= it can parse: SELinux ends up enabled
# evidence: selinux="selinux=1"
host_base
running_host 'BOOT_IMAGE=/vmlinuz root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro selinux=0 selinux=1'
