host_base
running_host
host_file /sys/fs/selinux/booleans/unprivuser_use_svirt '0 0'
host_file /var/lib/selinux/targeted/active/booleans.local 'virt_use_nfs=1'
