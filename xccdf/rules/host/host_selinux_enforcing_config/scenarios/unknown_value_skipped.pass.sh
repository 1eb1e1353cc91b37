# a value that is no mode is passed over; the next SELINUX= line decides
host_base
host_file /etc/selinux/config 'SELINUX=on' 'SELINUX=enforcing' 'SELINUXTYPE=targeted'
# evidence: mode=enforcing line=2
