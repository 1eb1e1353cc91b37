# deliberately stricter than libselinux, which would fall back to its built-in default
host_base
host_file /etc/selinux/config 'SELINUX=enforcing' '# SELINUXTYPE=targeted'
# evidence: policy=unset
