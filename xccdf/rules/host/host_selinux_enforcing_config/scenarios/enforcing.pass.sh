host_base
host_file /etc/selinux/config '# This file controls the state of SELinux on the system.' 'SELINUX=enforcing' 'SELINUXTYPE=targeted'
