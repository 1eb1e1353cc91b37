# a running kernel without selinuxfs runs without SELinux
host_base
running_host
selinux_off_by_config
