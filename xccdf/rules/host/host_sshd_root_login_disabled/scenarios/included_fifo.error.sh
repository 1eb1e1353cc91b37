# an included name that is a FIFO cannot be read
host_base
host_file /etc/ssh/sshd_config 'PermitRootLogin no' 'Include sshd_config.d/*.conf'
mkdir -p "$ROOT/etc/ssh/sshd_config.d"
mkfifo "$ROOT/etc/ssh/sshd_config.d/50-pipe.conf"
# evidence: not a regular file
