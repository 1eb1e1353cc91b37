# libselinux compares the mode without regard to case
host_base
host_file /etc/selinux/config 'SELINUX=Enforcing' 'SELINUXTYPE=targeted'
