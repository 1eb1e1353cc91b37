# a GRUB argument with a space reaches the kernel in double quotes: root is "LABEL=my root"
# evidence: argument="root=LABEL=my root"
host_base
host_file /boot/grub/grub.cfg "menuentry 'Debian' {" "    linux /vmlinuz 'root=LABEL=my root' ro" '}'
