# remediation: pass
# after ComplianceAsCode's sshd_disable_root_login "comment" test: a commented setting is none
host_base
host_file /etc/ssh/sshd_config '# PermitRootLogin no'
host_file /etc/ssh/sshd_config.d/nothing ''
