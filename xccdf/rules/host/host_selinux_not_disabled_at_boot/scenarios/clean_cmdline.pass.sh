host_base
running_host 'BOOT_IMAGE=/vmlinuz root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro selinux=1 enforcing=1'
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX="crashkernel=auto rhgb quiet"'
host_file /boot/loader/entries/0123-5.14.0.conf 'options root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro'
