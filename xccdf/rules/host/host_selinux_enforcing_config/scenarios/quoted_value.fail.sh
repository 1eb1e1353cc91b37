# libselinux keeps the quote: "enforcing" is no mode it knows, the host boots permissive
host_base
host_file /etc/selinux/config 'SELINUX="enforcing"' 'SELINUXTYPE=targeted'
# evidence: mode=none line=none boots=permissive
