host_base
running_host
host_file /sys/fs/selinux/booleans/unprivuser_use_svirt '1 1'
