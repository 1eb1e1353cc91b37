# libselinux stops at the first SELINUX= line it accepts: the later "disabled" is never read
host_base
host_file /etc/selinux/config 'SELINUX=enforcing' 'SELINUXTYPE=targeted' 'SELINUX=disabled'
# evidence: mode=enforcing line=1
