host_base
host_file /etc/ssh/sshd_config '# sshd_config of a scenario' 'PermitRootLogin no' 'PasswordAuthentication no'
