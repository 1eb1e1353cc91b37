host_base
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX="root=LABEL=rootfs ro quiet"'
