# GRUB's lexer refuses a $ that names no variable
# evidence: not followed by a variable name
host_base
host_file /boot/grub/grub.cfg "menuentry 'Debian' {" '    linux /vmlinuz root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro $ quiet' '}'
