# remediation: pass
host_base
host_file /etc/libvirt/virtproxyd.conf "auth_tcp='none'"
