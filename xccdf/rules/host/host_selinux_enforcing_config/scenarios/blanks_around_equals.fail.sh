# "SELINUX = enforcing" is not a line libselinux reads
host_base
host_file /etc/selinux/config 'SELINUX = enforcing' 'SELINUXTYPE=targeted'
