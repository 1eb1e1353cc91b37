# remediation: pass
# the drop-in is read first (Include at the top) and allows root
host_base
host_file /etc/ssh/sshd_config 'Include /etc/ssh/sshd_config.d/*.conf' 'PermitRootLogin no'
host_file /etc/ssh/sshd_config.d/50-cloud.conf 'PermitRootLogin yes'
