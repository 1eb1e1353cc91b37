host_base
for unit in sshd.service libvirtd.service auditd.service firewalld.service chronyd.service crond.service rsyslog.service; do
    enable_unit "$unit"
done
enable_unit libvirtd.socket sockets.target
enable_unit virtlogd.socket sockets.target
