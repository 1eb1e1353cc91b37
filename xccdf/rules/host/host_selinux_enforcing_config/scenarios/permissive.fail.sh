host_base
host_file /etc/selinux/config 'SELINUX=permissive' 'SELINUXTYPE=targeted'
