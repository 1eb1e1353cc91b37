# the kernel ignores selinux= and enforcing= values kstrtoul refuses: the earlier 1 stays
host_base
running_host 'BOOT_IMAGE=/vmlinuz root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro selinux=1 selinux=off enforcing=08'
