# the last SELINUXTYPE= line is the one libselinux keeps
host_base
host_file /etc/selinux/config 'SELINUX=enforcing' 'SELINUXTYPE=targeted' 'SELINUXTYPE=minimum'
# evidence: policy=minimum line=3
