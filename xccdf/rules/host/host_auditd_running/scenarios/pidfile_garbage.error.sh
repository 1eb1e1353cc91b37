# the pid file holds no process id
host_base
running_host
host_file /run/auditd.pid "auditd"
# evidence: holds no process id
