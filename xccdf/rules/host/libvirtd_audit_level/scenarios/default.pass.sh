# audit_level left at libvirt's default (1)
host_base
host_file /etc/libvirt/libvirtd.conf '#audit_level = 2' '#audit_logging = 1'
