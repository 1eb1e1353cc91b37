# GRUB_CMDLINE_LINUX_DEFAULT re-enables SELinux for the normal entry only; recovery boots with selinux=0
# evidence: recovery entry
host_base
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX="selinux=0"' 'GRUB_CMDLINE_LINUX_DEFAULT="selinux=1"'
