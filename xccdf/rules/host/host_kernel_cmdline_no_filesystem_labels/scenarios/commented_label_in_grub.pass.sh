# a commented-out GRUB_CMDLINE_LINUX is not used
host_base
host_file /etc/default/grub '#GRUB_CMDLINE_LINUX="root=LABEL=old"' 'GRUB_CMDLINE_LINUX="rhgb quiet"'
