# units whose names merely start like a listed service
host_base
enable_unit httpd-init-keys.timer timers.target
enable_unit named-setup-rndc.path
enable_unit sshd.service
