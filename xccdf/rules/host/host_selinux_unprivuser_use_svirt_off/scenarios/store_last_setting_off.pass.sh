# the last setting of the boolean in a file is the one that counts
host_base
running_host
host_file /sys/fs/selinux/booleans/unprivuser_use_svirt '0 0'
host_file /var/lib/selinux/targeted/active/booleans.local 'unprivuser_use_svirt=1' 'unprivuser_use_svirt=0'
