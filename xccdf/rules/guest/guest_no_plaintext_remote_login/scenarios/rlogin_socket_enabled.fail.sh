guest_base
enable_unit sshd.service
enable_unit rlogin.socket sockets.target
