# remediation: pass
# a setting only inside a Match block leaves the global default (prohibit-password)
host_base
host_file /etc/ssh/sshd_config 'Match User bob' 'PermitRootLogin no'
# evidence: PermitRootLogin=unset
