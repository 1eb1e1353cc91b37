host_base
host_file /etc/ssh/sshd_config 'PermitRootLogon no'
# evidence: bad configuration option
