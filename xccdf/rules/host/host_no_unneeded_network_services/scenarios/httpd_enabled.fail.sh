host_base
enable_unit sshd.service
enable_unit httpd.service
