# remediation: pass
host_base
host_file /etc/ssh/sshd_config 'PermitRootLogin prohibit-password'
