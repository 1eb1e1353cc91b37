host_base
enable_unit auditd.service
