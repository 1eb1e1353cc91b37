# value: libvirt_min_audit_level=2
host_base
