# remediation: pass
# `Match all` gives every connection its value, overriding the global "no"
host_base
host_file /etc/ssh/sshd_config 'PermitRootLogin no' 'Match all' 'PermitRootLogin yes'
# evidence: scope="Match all" PermitRootLogin=yes
