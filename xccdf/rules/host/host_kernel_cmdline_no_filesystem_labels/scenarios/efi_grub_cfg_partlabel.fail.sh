# an EFI system partition's grub.cfg is read too
# evidence: file=/boot/efi/EFI/fedora/grub.cfg
host_base
host_file /boot/efi/EFI/fedora/grub.cfg "menuentry 'Fedora' {" '    linuxefi /vmlinuz root=PARTLABEL=root ro' '}'
