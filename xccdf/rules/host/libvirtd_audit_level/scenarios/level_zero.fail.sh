# remediation: pass
host_base
host_file /etc/libvirt/libvirtd.conf 'audit_level = 0'
