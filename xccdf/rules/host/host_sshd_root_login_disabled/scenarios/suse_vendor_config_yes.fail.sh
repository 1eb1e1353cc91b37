host_base
host_file /usr/etc/ssh/sshd_config 'PermitRootLogin yes'
# evidence: file=/usr/etc/ssh/sshd_config
