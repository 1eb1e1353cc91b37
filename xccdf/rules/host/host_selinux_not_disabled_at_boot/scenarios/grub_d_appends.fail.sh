# grub-mkconfig sources /etc/default/grub.d/*.cfg after /etc/default/grub
# evidence: file=/etc/default/grub.d/50-debug.cfg
host_base
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX="quiet"'
host_file /etc/default/grub.d/50-debug.cfg 'GRUB_CMDLINE_LINUX="$GRUB_CMDLINE_LINUX selinux=0"'
