# firewalld replaced by the iptables service
host_base
enable_unit firewalld.service
firewalld_installed
mask_unit firewalld.service
enable_unit iptables.service basic.target
