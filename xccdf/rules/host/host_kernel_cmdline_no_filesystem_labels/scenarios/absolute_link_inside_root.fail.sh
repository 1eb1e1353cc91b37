# an absolute link is followed inside the root, as the booted host would follow it
# evidence: file=/boot/grub2/grub.cfg
host_base
host_file /boot/efi/EFI/redhat/grub.cfg "menuentry 'RHEL' {" '    linuxefi /vmlinuz root=LABEL=rootfs ro' '}'
mkdir -p "$ROOT/boot/grub2"
ln -s /boot/efi/EFI/redhat/grub.cfg "$ROOT/boot/grub2/grub.cfg"
