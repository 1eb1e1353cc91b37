# setsebool without commit: current off, pending on
host_base
running_host
host_file /sys/fs/selinux/booleans/unprivuser_use_svirt '0 1'
