host_base
host_file /etc/selinux/config 'SELINUX=enforcing' 'SELINUXTYPE=mls'
