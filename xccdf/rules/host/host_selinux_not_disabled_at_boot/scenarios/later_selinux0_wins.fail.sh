# the last selinux= decides: here it disables SELinux
# evidence: where="line 2" argument="selinux=0"
host_base
host_file /boot/grub2/grub.cfg "menuentry 'RHEL' {" '    linux /vmlinuz root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 selinux=1 ro selinux=0' '}'
