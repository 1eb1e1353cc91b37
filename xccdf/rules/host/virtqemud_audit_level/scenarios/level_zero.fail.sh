# remediation: pass
# libvirtd.conf is fine but the modular daemon has auditing off
host_base
host_file /etc/libvirt/libvirtd.conf 'audit_level = 2'
host_file /etc/libvirt/virtqemud.conf 'audit_level = 0'
