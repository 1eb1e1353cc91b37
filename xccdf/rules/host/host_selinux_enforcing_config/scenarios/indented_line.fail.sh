# only a line starting exactly with SELINUX= counts
host_base
host_file /etc/selinux/config '  SELINUX=enforcing' 'SELINUXTYPE=targeted'
# evidence: ignored_lines=1
