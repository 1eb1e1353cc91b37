# SUSE: without /etc/ssh/sshd_config, sshd reads the vendor file in /usr/etc
host_base
host_file /usr/etc/ssh/sshd_config 'PermitRootLogin no'
