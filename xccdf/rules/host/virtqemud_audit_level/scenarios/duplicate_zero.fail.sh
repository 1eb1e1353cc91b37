# remediation: pass
# any setting below the required level fails, wherever it is in the file
host_base
host_file /etc/libvirt/virtqemud.conf 'audit_level = 1' 'audit_level = 0'
