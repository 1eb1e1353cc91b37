host_base
host_file /etc/ssh/sshd_config 'PermitRootLogin no' 'Match User backup' '  PermitRootLogin no' '  X11Forwarding no'
