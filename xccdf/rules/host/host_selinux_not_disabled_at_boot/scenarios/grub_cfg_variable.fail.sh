# a variable set in grub.cfg and used on the linux line
# evidence: extra from /boot/grub2/grub.cfg line 1
host_base
host_file /boot/grub2/grub.cfg 'set extra="enforcing=0"' "menuentry 'RHEL' {" '    linux /vmlinuz root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro $extra' '}'
