# RHEL 6 legacy GRUB passes the kernel line on as written
host_base
host_file /boot/grub/grub.conf 'default=0' 'title RHEL 6' '    root (hd0,0)' '    kernel /vmlinuz-2.6.32 ro root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 selinux=0' '    initrd /initramfs-2.6.32.img'
