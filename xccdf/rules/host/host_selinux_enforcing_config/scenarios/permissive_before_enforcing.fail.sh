# the first accepted line decides, even when a later one says enforcing
host_base
host_file /etc/selinux/config 'SELINUX=permissive' 'SELINUX=enforcing' 'SELINUXTYPE=targeted'
# evidence: mode=permissive line=1
