host_base
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX_DEFAULT="quiet selinux=0"'
