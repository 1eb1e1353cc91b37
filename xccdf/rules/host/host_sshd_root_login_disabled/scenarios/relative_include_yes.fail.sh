# remediation: pass
# a relative Include is under /etc/ssh; its drop-in is read first
host_base
host_file /etc/ssh/sshd_config 'Include sshd_config.d/*.conf' 'PermitRootLogin no'
host_file /etc/ssh/sshd_config.d/50-cloud.conf 'PermitRootLogin yes'
# evidence: PermitRootLogin=yes file=/etc/ssh/sshd_config.d/50-cloud.conf line=1
