# a later line overrides the first one
host_base
host_file /etc/selinux/config 'SELINUX=enforcing' 'SELINUXTYPE=targeted' 'SELINUX=disabled'
