# sshd refuses to start with a value it does not know
host_base
host_file /etc/ssh/sshd_config 'PermitRootLogin nope'
# evidence: unsupported option
