# no pid file: auditd is not running
host_base
running_host
