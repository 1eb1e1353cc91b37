# sshd reads only what an Include names: a drop-in directory nobody includes does not count
host_base
host_file /etc/ssh/sshd_config 'PermitRootLogin no'
host_file /etc/ssh/sshd_config.d/50-cloud.conf 'PermitRootLogin yes'
# evidence: files_read=/etc/ssh/sshd_config$
