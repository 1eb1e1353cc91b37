# RHEL 6 legacy GRUB
host_base
host_file /boot/grub/grub.conf 'default=0' 'title Red Hat Enterprise Linux 6' '    root (hd0,0)' '    kernel /vmlinuz-2.6.32 ro root=LABEL=/1 rhgb quiet' '    initrd /initramfs-2.6.32.img'
