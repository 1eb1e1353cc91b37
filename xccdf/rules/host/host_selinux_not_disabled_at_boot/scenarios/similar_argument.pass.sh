# arguments that merely contain the text are not SELinux switches
host_base
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX="xselinux=0 enforcing=10"'
