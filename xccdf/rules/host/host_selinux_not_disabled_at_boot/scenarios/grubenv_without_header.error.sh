# GRUB refuses an environment block without its header: kernelopts is not what it seems
# evidence: not a GRUB environment block
host_base
host_file /boot/grub2/grubenv 'kernelopts=root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro selinux=0'
