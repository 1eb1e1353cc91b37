# without a recovery entry only the normal entry boots, where selinux=1 comes last
host_base
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX="selinux=0"' 'GRUB_CMDLINE_LINUX_DEFAULT="selinux=1"' 'GRUB_DISABLE_RECOVERY="true"'
