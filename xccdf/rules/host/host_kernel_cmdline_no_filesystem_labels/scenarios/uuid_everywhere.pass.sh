host_base
running_host 'BOOT_IMAGE=(hd0,gpt2)/vmlinuz-5.14.0 root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro crashkernel=auto'
host_file /etc/default/grub 'GRUB_TIMEOUT=5' 'GRUB_CMDLINE_LINUX="crashkernel=auto resume=UUID=4a1e3bd2-5a5d-4c1e-8b1e-0e9a2c8f5b11 rhgb quiet"'
host_file /boot/loader/entries/0123-5.14.0.conf 'title Red Hat Enterprise Linux' 'linux /vmlinuz-5.14.0' 'options root=/dev/mapper/rhel-root ro rd.lvm.lv=rhel/root'
host_file /boot/grub2/grubenv '# GRUB Environment Block' 'kernelopts=root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro'
