# RHEL 6 mounts selinuxfs on /selinux
host_base
running_host
selinux_disabled
host_file /selinux/enforce 1
