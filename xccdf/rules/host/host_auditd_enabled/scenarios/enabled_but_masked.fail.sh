host_base
enable_unit auditd.service
mask_unit auditd.service
