# remediation: pass
# drop-ins are read in sorted order: 10-* before 20-*
host_base
host_file /etc/ssh/sshd_config 'Include /etc/ssh/sshd_config.d/*.conf'
host_file /etc/ssh/sshd_config.d/20-hardening.conf 'PermitRootLogin no'
host_file /etc/ssh/sshd_config.d/10-vendor.conf 'PermitRootLogin without-password'
# evidence: PermitRootLogin=prohibit-password file=/etc/ssh/sshd_config.d/10-vendor.conf
