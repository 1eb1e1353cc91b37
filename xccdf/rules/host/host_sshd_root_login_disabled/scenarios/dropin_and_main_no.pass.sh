# RHEL 9 layout: sshd_config includes the drop-in directory; both say no (any case)
host_base
host_file /etc/ssh/sshd_config 'Include /etc/ssh/sshd_config.d/*.conf' 'permitrootlogin NO'
host_file /etc/ssh/sshd_config.d/01-permitrootlogin.conf 'PermitRootLogin=no'
