# an offline image is judged by its sysctl files
host_base
host_file /etc/sysctl.conf 'kernel.sysrq = 0'
