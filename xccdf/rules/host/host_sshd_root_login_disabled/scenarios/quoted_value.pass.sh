# sshd removes the quotes around a value
host_base
host_file /etc/ssh/sshd_config 'PermitRootLogin "no"'
