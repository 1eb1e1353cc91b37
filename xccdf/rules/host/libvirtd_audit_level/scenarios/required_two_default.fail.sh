# value: libvirt_min_audit_level=2
host_base
host_file /etc/libvirt/libvirtd.conf '#audit_level = 2'
