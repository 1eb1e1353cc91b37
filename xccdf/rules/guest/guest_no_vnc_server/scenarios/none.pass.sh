guest_base
enable_unit sshd.service
