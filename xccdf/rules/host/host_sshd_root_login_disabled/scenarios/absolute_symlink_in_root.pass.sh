# absolute links resolve inside the judged root
host_base
host_file /etc/ssh/sshd_config.real 'PermitRootLogin no'
ln -s /etc/ssh/sshd_config.real "$ROOT/etc/ssh/sshd_config"
