# the type line may be indented and its tag in any case
host_base
host_file /etc/selinux/config 'SELINUX=enforcing' '   selinuxtype=targeted  '
