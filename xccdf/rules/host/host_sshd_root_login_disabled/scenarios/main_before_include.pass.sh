# the first value wins: the main file's "no" comes before the drop-ins are included
host_base
host_file /etc/ssh/sshd_config 'PermitRootLogin no' 'Include sshd_config.d/*.conf'
host_file /etc/ssh/sshd_config.d/50-cloud.conf 'PermitRootLogin yes'
