host_base
enable_unit sshd.service
