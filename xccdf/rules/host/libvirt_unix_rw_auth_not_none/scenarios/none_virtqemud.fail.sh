# remediation: pass
# modular daemons: virtqemud's own socket
host_base
host_file /etc/libvirt/libvirtd.conf '#auth_unix_rw = "polkit"'
host_file /etc/libvirt/virtqemud.conf "auth_unix_rw='none'"
