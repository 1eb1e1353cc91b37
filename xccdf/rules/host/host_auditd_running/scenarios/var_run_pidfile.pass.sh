# older layout: only /var/run/auditd.pid
host_base
running_host
host_file /var/run/auditd.pid 913
host_file /proc/913/comm auditd
# evidence: pid_file=/var/run/auditd.pid
