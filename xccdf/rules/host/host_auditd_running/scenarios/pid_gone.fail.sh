host_base
running_host
host_file /var/run/auditd.pid 4242
