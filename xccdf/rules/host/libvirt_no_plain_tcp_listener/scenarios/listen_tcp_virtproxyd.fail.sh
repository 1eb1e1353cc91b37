# remediation: pass
# modular daemons: virtproxyd serves remote clients
host_base
host_file /etc/libvirt/virtproxyd.conf 'listen_tcp=1   # enabled for the old tools'
