# libselinux keeps the quotes and looks for a policy named "targeted", quotes included
host_base
host_file /etc/selinux/config 'SELINUX=enforcing' 'SELINUXTYPE="targeted"'
# evidence: policy="?\\?"targeted
