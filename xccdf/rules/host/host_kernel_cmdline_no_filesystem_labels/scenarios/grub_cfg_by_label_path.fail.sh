host_base
host_file /boot/grub/grub.cfg "menuentry 'Debian' {" '    linux /vmlinuz root=/dev/disk/by-label/root ro quiet' '}'
