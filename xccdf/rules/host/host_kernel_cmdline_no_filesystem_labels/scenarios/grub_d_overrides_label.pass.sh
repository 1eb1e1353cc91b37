# a later grub.d file replaces the value that named a label
host_base
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX="root=LABEL=old"'
host_file /etc/default/grub.d/50-uuid.cfg 'GRUB_CMDLINE_LINUX="root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11"'
