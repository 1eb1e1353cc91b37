# virtqemud uses the first audit_level (virConfGetValue returns the first entry of a name); the
# later 0 is never read. A line-by-line reader would fail this host.
# evidence: value=1 from="line 1"
host_base
host_file /etc/libvirt/virtqemud.conf 'audit_level = 1' 'audit_level = 0'
