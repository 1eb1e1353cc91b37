# remediation: pass
# no PermitRootLogin: OpenSSH defaults to prohibit-password, root may log in with a key
host_base
host_file /etc/ssh/sshd_config '#PermitRootLogin prohibit-password' 'PasswordAuthentication no'
